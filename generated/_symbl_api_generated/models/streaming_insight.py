# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..models.insight_type import InsightType
from ..types import UNSET, Model, Unset


class StreamingInsight(Model):
    """A question, action item or follow-up detected in real time."""

    type_: InsightType = msgspec.field(name="type")

    id: str | Unset = UNSET

    text: str | Unset = UNSET

    payload: StreamingPayload | Unset = UNSET
    """ Text content of a streaming message or insight. """

    confidence: Annotated[float, msgspec.Meta(ge=0, le=1)] | Unset = UNSET

    hints: list[StreamingInsightHint] | Unset = UNSET

    tags: list[StreamingInsightTag] | Unset = UNSET

    from_: Person | Unset = msgspec.field(default=UNSET, name="from")
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """

    assignee: Person | Unset = UNSET
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """

    message_reference: StreamingMessageReference | Unset = msgspec.field(default=UNSET, name="messageReference")
    """ A reference to a streaming message. """

    dismissed: bool | Unset = UNSET


from ..models.person import Person
from ..models.streaming_insight_hint import StreamingInsightHint
from ..models.streaming_insight_tag import StreamingInsightTag
from ..models.streaming_message_reference import StreamingMessageReference
from ..models.streaming_payload import StreamingPayload
