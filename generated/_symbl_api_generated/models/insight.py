# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime
from typing import Annotated

import msgspec

from ..models.insight_type import InsightType
from ..types import UNSET, Model, Unset


class Insight(Model):
    """A question, action item or follow-up detected in a conversation.

    Example:
        {'id': '4567077831573504', 'text': 'Vikram you need to work on the hackathon for our customers first.', 'type':
            'action_item', 'score': 0.9456, 'messageIds': ['4854542482014208'], 'entities': [{'type': 'person', 'text':
            'Vikram', 'offset': 0, 'value': {'assignee': True, 'name': 'Vikram'}}], 'phrases': [{'type': 'action_phrase',
            'text': 'make this hackathon work for our customers first'}], 'from': {'id':
            'c99e5b4a-4a2b-4e8a-9b57-2b3c8e1f0a11', 'name': 'Lucy', 'userId': 'lucy@example.com'}, 'definitive': True,
            'assignee': {'name': 'Vikram'}, 'dueBy': '2020-06-22T07:00:00.000Z'}

    """

    id: str

    text: str

    type_: InsightType = msgspec.field(name="type")

    score: Annotated[float, msgspec.Meta(ge=0, le=1)] | Unset = UNSET
    """ Confidence of the detection. """

    message_ids: list[str] | Unset = msgspec.field(default=UNSET, name="messageIds")

    message_refs: list[MessageRef] | Unset = msgspec.field(default=UNSET, name="messageRefs")

    entities: list[EntityTag] | Unset = UNSET

    phrases: list[Phrase] | Unset = UNSET

    from_: Person | Unset = msgspec.field(default=UNSET, name="from")
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """

    definitive: bool | Unset = UNSET
    """ Whether the action item is definite rather than tentative. """

    assignee: Person | Unset = UNSET
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """

    due_by: datetime.datetime | Unset = msgspec.field(default=UNSET, name="dueBy")
    """ ISO 8601 date-time in UTC. """


from ..models.entity_tag import EntityTag
from ..models.message_ref import MessageRef
from ..models.person import Person
from ..models.phrase import Phrase
