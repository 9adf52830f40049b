# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import Model


class DetectedEntityMatch(Model):
    """One value of an entity found in the conversation and where."""

    detected_value: str = msgspec.field(name="detectedValue")

    message_refs: list[MessageRef] = msgspec.field(name="messageRefs")


from ..models.message_ref import MessageRef
