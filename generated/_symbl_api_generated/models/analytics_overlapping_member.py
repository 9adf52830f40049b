# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class AnalyticsOverlappingMember(Model):
    """A member who talked over this one."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    user_id: str | Unset = msgspec.field(default=UNSET, name="userId")

    percent: Annotated[float, msgspec.Meta(ge=0)] | Unset = UNSET

    seconds: Annotated[float, msgspec.Meta(ge=0)] | Unset = UNSET
