# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated
from uuid import UUID

import msgspec

from ..types import UNSET, Model, Unset


class UpdateMemberRequest(Model):
    """New name (and optionally email) of a member; `id` must equal the path's `memberId`."""

    id: UUID

    name: Annotated[str, msgspec.Meta(min_length=1)]

    email: str | Unset = UNSET
