# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime
from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class Conversation(Model):
    """A conversation (meeting, call or chat). `type` is `meeting` in every documented
    example; other values are not documented, so it is left an open string rather than an
    enum so that a new value does not break clients.

    """

    id: Annotated[str, msgspec.Meta(pattern="^[0-9]{1,32}$")]
    """ Conversation id (a numeric string). """

    name: str
    """ Name given at submission; defaults to the conversation id. """

    start_time: datetime.datetime = msgspec.field(name="startTime")
    """ ISO 8601 date-time in UTC. """

    type_: str = msgspec.field(default="meeting", name="type")

    end_time: datetime.datetime | Unset = msgspec.field(default=UNSET, name="endTime")
    """ ISO 8601 date-time in UTC. """

    members: list[Person] | Unset = UNSET

    metadata: ConversationMetadata | Unset = UNSET
    """ Caller-defined metadata on a conversation; string keys to string values of at most 128 characters. """


from ..models.conversation_metadata import ConversationMetadata
from ..models.person import Person
