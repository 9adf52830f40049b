# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class CustomEntityList(Model):
    """Several custom entities, wrapped."""

    entities: list[CustomEntity]


from ..models.custom_entity import CustomEntity
