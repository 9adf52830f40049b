# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import UNSET, Model, Unset


class StreamingDetectedEntity(Model):
    """An entity type/subtype with its matches."""

    type_: str = msgspec.field(name="type")

    matches: list[StreamingEntityMatch]

    sub_type: str | Unset = msgspec.field(default=UNSET, name="subType")

    category: str | Unset = UNSET


from ..models.streaming_entity_match import StreamingEntityMatch
