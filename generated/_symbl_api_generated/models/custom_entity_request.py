# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_entity_request_category import CustomEntityRequestCategory

T = TypeVar("T", bound="CustomEntityRequest")


@_attrs_define
class CustomEntityRequest:
    """A custom entity to create or the full replacement of one."""

    type_: str
    """ Entity type reported in detections (for example `Vehicle`). """
    sub_type: str
    """ Subtype, unique within `type` (for example `Model`). """
    category: CustomEntityRequestCategory
    """ Always `Custom` for user-defined entities. """
    values: list[str]
    """ Values detected verbatim in conversations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sub_type = self.sub_type

        category = self.category.value

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "subType": sub_type,
                "category": category,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        sub_type = d.pop("subType")

        category = CustomEntityRequestCategory(d.pop("category"))

        values = cast(list[str], d.pop("values"))

        custom_entity_request = cls(
            type_=type_,
            sub_type=sub_type,
            category=category,
            values=values,
        )

        custom_entity_request.additional_properties = d
        return custom_entity_request

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
