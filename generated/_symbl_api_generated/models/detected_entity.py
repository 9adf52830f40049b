# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..models.detected_entity_category import DetectedEntityCategory
from ..types import UNSET, Model, Unset


class DetectedEntity(Model):
    """An entity type/sub-type detected in a conversation with all its matches."""

    type_: str = msgspec.field(name="type")

    category: DetectedEntityCategory
    """ `Custom` for account entities, `Managed` for Symbl's built-in ones. """

    matches: list[DetectedEntityMatch]

    id: str | Unset = UNSET

    sub_type: str | Unset = msgspec.field(default=UNSET, name="subType")


from ..models.detected_entity_match import DetectedEntityMatch
