# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import ClassVar, Literal

from ..types import UNSET, Model, Unset


class StreamingConversationCreatedEvent(Model, tag_field="type", tag="conversation_created"):
    """`conversation_created` lifecycle event inside a `message` envelope. The conversation exists; `data.conversationId`
    names it for the REST API.

        Example:
            {'type': 'conversation_created', 'data': {'conversationId': '5815170693595136'}}

    """

    type_: ClassVar[Literal["conversation_created"]] = "conversation_created"
    """The tag `type` that tells this model apart in a union (always "conversation_created")."""

    data: StreamingEventData | Unset = UNSET
    """ Details of a lifecycle event; open, as Symbl adds fields per event. """


from ..models.streaming_event_data import StreamingEventData
