# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..models.custom_entity_request_category import CustomEntityRequestCategory
from ..types import Model


class CustomEntityRequest(Model):
    """A custom entity to create or the full replacement of one."""

    type_: Annotated[str, msgspec.Meta(min_length=1)] = msgspec.field(name="type")
    """ Entity type reported in detections (for example `Vehicle`). """

    sub_type: Annotated[str, msgspec.Meta(min_length=1)] = msgspec.field(name="subType")
    """ Subtype, unique within `type` (for example `Model`). """

    category: CustomEntityRequestCategory
    """ Always `Custom` for user-defined entities. """

    values: Annotated[list[str], msgspec.Meta(min_length=1)]
    """ Values detected verbatim in conversations. """
