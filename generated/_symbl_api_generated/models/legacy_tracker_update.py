# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyTrackerUpdate")


@_attrs_define
class LegacyTrackerUpdate:
    """Body of the deprecated `PUT /v1/manage/tracker/{trackerId}`."""

    name: str
    vocabulary: list[str]
    id: str | Unset = UNSET
    """ The tracker's id; when given it must equal `trackerId` in the path. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        vocabulary = self.vocabulary

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "vocabulary": vocabulary,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        vocabulary = cast(list[str], d.pop("vocabulary"))

        id = d.pop("id", UNSET)

        legacy_tracker_update = cls(
            name=name,
            vocabulary=vocabulary,
            id=id,
        )

        legacy_tracker_update.additional_properties = d
        return legacy_tracker_update

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
