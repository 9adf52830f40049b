# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingTrackerConfig")


@_attrs_define
class StreamingTrackerConfig:
    """Tracker detection settings of a streaming conversation."""

    enable_all_trackers: bool | Unset = UNSET
    """ Detect every tracker of the account (created with the management API). """
    interim_results: bool | Unset = UNSET
    """ Send tracker matches as soon as found instead of on final transcripts only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_all_trackers = self.enable_all_trackers

        interim_results = self.interim_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_all_trackers is not UNSET:
            field_dict["enableAllTrackers"] = enable_all_trackers
        if interim_results is not UNSET:
            field_dict["interimResults"] = interim_results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enable_all_trackers = d.pop("enableAllTrackers", UNSET)

        interim_results = d.pop("interimResults", UNSET)

        streaming_tracker_config = cls(
            enable_all_trackers=enable_all_trackers,
            interim_results=interim_results,
        )

        streaming_tracker_config.additional_properties = d
        return streaming_tracker_config

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
