# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsOverlap")


@_attrs_define
class AnalyticsOverlap:
    """Overlapping speech of a member; empty for Async and Telephony conversations."""

    overlap_duration: float | Unset = UNSET
    """ Seconds. """
    overlapping_members: list[AnalyticsOverlappingMember] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overlap_duration = self.overlap_duration

        overlapping_members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.overlapping_members, Unset):
            overlapping_members = []
            for overlapping_members_item_data in self.overlapping_members:
                overlapping_members_item = overlapping_members_item_data.to_dict()
                overlapping_members.append(overlapping_members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if overlap_duration is not UNSET:
            field_dict["overlapDuration"] = overlap_duration
        if overlapping_members is not UNSET:
            field_dict["overlappingMembers"] = overlapping_members

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        overlap_duration = d.pop("overlapDuration", UNSET)

        _overlapping_members = d.pop("overlappingMembers", UNSET)
        overlapping_members: list[AnalyticsOverlappingMember] | Unset = UNSET
        if _overlapping_members is not UNSET:
            overlapping_members = []
            for overlapping_members_item_data in _overlapping_members:
                overlapping_members_item = AnalyticsOverlappingMember.from_dict(overlapping_members_item_data)

                overlapping_members.append(overlapping_members_item)

        analytics_overlap = cls(
            overlap_duration=overlap_duration,
            overlapping_members=overlapping_members,
        )

        analytics_overlap.additional_properties = d
        return analytics_overlap

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


from ..models.analytics_overlapping_member import AnalyticsOverlappingMember
