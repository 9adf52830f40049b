# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import UNSET, Model, Unset


class StreamingMessageMetadata(Model):
    """Processing details of a message (fields seen in Symbl's Go SDK)."""

    disable_punctuation: bool | Unset = msgspec.field(default=UNSET, name="disablePunctuation")

    timezone_offset: int | Unset = msgspec.field(default=UNSET, name="timezoneOffset")

    original_content: str | Unset = msgspec.field(default=UNSET, name="originalContent")

    original_message_id: str | Unset = msgspec.field(default=UNSET, name="originalMessageId")
