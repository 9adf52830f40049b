# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import UNSET, Model, Unset


class StreamingTagEntity(Model):
    """The entity a tag resolves to; open, other tag types carry other fields."""

    name: str | Unset = UNSET

    alias: str | Unset = UNSET

    user_id: str | Unset = msgspec.field(default=UNSET, name="userId")
