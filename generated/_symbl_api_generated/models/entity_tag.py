# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class EntityTag(Model):
    """An entity found inside an insight (person, date, time range...). `value` is a string
    or an object (for a person `{assignee, name}`); ranges carry `start` and `end`.

        Example:
            {'type': 'person', 'text': 'Vikram', 'offset': 0, 'value': {'assignee': True, 'name': 'Vikram'}}

    """

    type_: str = msgspec.field(name="type")

    text: str

    offset: Annotated[int, msgspec.Meta(ge=-1)] | Unset = UNSET

    value: EntityTagValueType1 | str | Unset = UNSET

    start: str | Unset = UNSET

    end: str | Unset = UNSET


from ..models.entity_tag_value_type_1 import EntityTagValueType1
