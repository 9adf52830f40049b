# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EntityTag")


@_attrs_define
class EntityTag:
    """An entity found inside an insight (person, date, time range...). `value` is a string
    or an object (for a person `{assignee, name}`); ranges carry `start` and `end`.

        Example:
            {'type': 'person', 'text': 'Vikram', 'offset': 0, 'value': {'assignee': True, 'name': 'Vikram'}}

    """

    type_: str
    text: str
    offset: int | Unset = UNSET
    value: EntityTagValueType1 | str | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        offset = self.offset

        value: dict[str, Any] | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, EntityTagValueType1):
            value = self.value.to_dict()
        else:
            value = self.value

        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        if offset is not UNSET:
            field_dict["offset"] = offset
        if value is not UNSET:
            field_dict["value"] = value
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        text = d.pop("text")

        offset = d.pop("offset", UNSET)

        def _parse_value(data: object) -> EntityTagValueType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_1 = EntityTagValueType1.from_dict(data)

                return value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityTagValueType1 | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        entity_tag = cls(
            type_=type_,
            text=text,
            offset=offset,
            value=value,
            start=start,
            end=end,
        )

        entity_tag.additional_properties = d
        return entity_tag

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.entity_tag_value_type_1 import EntityTagValueType1
