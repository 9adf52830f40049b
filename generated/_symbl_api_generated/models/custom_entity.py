# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_entity_category import CustomEntityCategory

T = TypeVar("T", bound="CustomEntity")


@_attrs_define
class CustomEntity:
    """An account-wide custom entity."""

    id: str
    """ Custom entity id (a numeric string). """
    type_: str
    sub_type: str
    category: CustomEntityCategory
    values: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        sub_type = self.sub_type

        category = self.category.value

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
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
        id = d.pop("id")

        type_ = d.pop("type")

        sub_type = d.pop("subType")

        category = CustomEntityCategory(d.pop("category"))

        values = cast(list[str], d.pop("values"))

        custom_entity = cls(
            id=id,
            type_=type_,
            sub_type=sub_type,
            category=category,
            values=values,
        )

        custom_entity.additional_properties = d
        return custom_entity

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
