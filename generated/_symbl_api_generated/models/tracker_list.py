# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TrackerList")


@_attrs_define
class TrackerList:
    """Several trackers, wrapped."""

    trackers: list[Tracker]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trackers = []
        for trackers_item_data in self.trackers:
            trackers_item = trackers_item_data.to_dict()
            trackers.append(trackers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trackers": trackers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        trackers = []
        _trackers = d.pop("trackers")
        for trackers_item_data in _trackers:
            trackers_item = Tracker.from_dict(trackers_item_data)

            trackers.append(trackers_item)

        tracker_list = cls(
            trackers=trackers,
        )

        tracker_list.additional_properties = d
        return tracker_list

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


from ..models.tracker import Tracker
