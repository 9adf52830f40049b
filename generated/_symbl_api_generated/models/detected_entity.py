# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.detected_entity_category import DetectedEntityCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="DetectedEntity")


@_attrs_define
class DetectedEntity:
    """An entity type/sub-type detected in a conversation with all its matches."""

    type_: str
    category: DetectedEntityCategory
    """ `Custom` for account entities, `Managed` for Symbl's built-in ones. """
    matches: list[DetectedEntityMatch]
    id: str | Unset = UNSET
    sub_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        category = self.category.value

        matches = []
        for matches_item_data in self.matches:
            matches_item = matches_item_data.to_dict()
            matches.append(matches_item)

        id = self.id

        sub_type = self.sub_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "category": category,
                "matches": matches,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if sub_type is not UNSET:
            field_dict["subType"] = sub_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        category = DetectedEntityCategory(d.pop("category"))

        matches = []
        _matches = d.pop("matches")
        for matches_item_data in _matches:
            matches_item = DetectedEntityMatch.from_dict(matches_item_data)

            matches.append(matches_item)

        id = d.pop("id", UNSET)

        sub_type = d.pop("subType", UNSET)

        detected_entity = cls(
            type_=type_,
            category=category,
            matches=matches,
            id=id,
            sub_type=sub_type,
        )

        detected_entity.additional_properties = d
        return detected_entity

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


from ..models.detected_entity_match import DetectedEntityMatch
