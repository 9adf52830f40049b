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
