# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import ClassVar, Literal

from ..types import UNSET, Model, Unset


class StreamingConversationCompletedEvent(Model, tag_field="type", tag="conversation_completed"):
    """`conversation_completed` lifecycle event inside a `message` envelope. The conversation is closed; its insights can
    be fetched.

    """

    type_: ClassVar[Literal["conversation_completed"]] = "conversation_completed"
    """The tag `type` that tells this model apart in a union (always "conversation_completed")."""

    data: StreamingEventData | Unset = UNSET
    """ Details of a lifecycle event; open, as Symbl adds fields per event. """


from ..models.streaming_event_data import StreamingEventData
