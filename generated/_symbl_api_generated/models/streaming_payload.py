# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import Model, Unset


class StreamingPayload(Model):
    """Text content of a streaming message or insight."""

    content: str

    content_type: str | Unset = msgspec.field(default="text/plain", name="contentType")
