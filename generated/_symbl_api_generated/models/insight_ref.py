# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..models.insight_type import InsightType
from ..types import UNSET, Model, Unset


class InsightRef(Model):
    """A reference to an insight (question, action item, follow-up)."""

    id: str

    type_: InsightType = msgspec.field(name="type")

    text: str | Unset = UNSET

    offset: Annotated[int, msgspec.Meta(ge=-1)] | Unset = UNSET
