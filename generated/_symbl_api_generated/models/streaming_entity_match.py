# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import UNSET, Model, Unset


class StreamingEntityMatch(Model):
    """One detected value and the messages it occurs in."""

    detected_value: str = msgspec.field(name="detectedValue")

    message_refs: list[MessageRef] | Unset = msgspec.field(default=UNSET, name="messageRefs")


from ..models.message_ref import MessageRef
