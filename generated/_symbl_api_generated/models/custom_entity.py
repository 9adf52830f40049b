# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..models.custom_entity_category import CustomEntityCategory
from ..types import Model


class CustomEntity(Model):
    """An account-wide custom entity."""

    id: str
    """ Custom entity id (a numeric string). """

    type_: str = msgspec.field(name="type")

    sub_type: str = msgspec.field(name="subType")

    category: CustomEntityCategory

    values: list[str]
