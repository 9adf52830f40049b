# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class StreamingEventData(Model):
    """Details of a lifecycle event; open, as Symbl adds fields per event."""

    conversation_id: Annotated[str, msgspec.Meta(pattern="^[0-9]{1,32}$")] | Unset = msgspec.field(
        default=UNSET, name="conversationId"
    )
    """ Conversation id (a numeric string). """

    message: str | Unset = UNSET
    """ On an `error` event, what was wrong and what to do. """

    code: Annotated[int, msgspec.Meta(ge=1000, le=4999)] | Unset = UNSET
    """ On an `error` event, the WebSocket close code the server closes with next. """
