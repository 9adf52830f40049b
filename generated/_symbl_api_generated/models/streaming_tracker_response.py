# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingTrackerResponse")


@_attrs_define
class StreamingTrackerResponse:
    """Tracker matches, interim as soon as found when `config.trackers.interimResults` is
    `true`, otherwise on final transcripts.

        Example:
            {'type': 'tracker_response', 'isFinal': True, 'trackers': [{'name': 'Documents Tracker', 'matches': [{'type':
                'vocabulary', 'value': 'Documents', 'messageRefs': [{'id': '53867534-0459-4d22-b590-984ee82166aa', 'text':
                'Anyways, so I will submit documents tomorrow.', 'offset': 26}], 'insightRefs': []}]}], 'sequenceNumber': 1}

    """

    type_: Literal["tracker_response"]
    trackers: list[StreamingDetectedTracker]
    is_final: bool | Unset = UNSET
    sequence_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        trackers = []
        for trackers_item_data in self.trackers:
            trackers_item = trackers_item_data.to_dict()
            trackers.append(trackers_item)

        is_final = self.is_final

        sequence_number = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "trackers": trackers,
            }
        )
        if is_final is not UNSET:
            field_dict["isFinal"] = is_final
        if sequence_number is not UNSET:
            field_dict["sequenceNumber"] = sequence_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["tracker_response"], d.pop("type"))
        if type_ != "tracker_response":
            raise ValueError(f"type must match const 'tracker_response', got '{type_}'")

        trackers = []
        _trackers = d.pop("trackers")
        for trackers_item_data in _trackers:
            trackers_item = StreamingDetectedTracker.from_dict(trackers_item_data)

            trackers.append(trackers_item)

        is_final = d.pop("isFinal", UNSET)

        sequence_number = d.pop("sequenceNumber", UNSET)

        streaming_tracker_response = cls(
            type_=type_,
            trackers=trackers,
            is_final=is_final,
            sequence_number=sequence_number,
        )

        streaming_tracker_response.additional_properties = d
        return streaming_tracker_response

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


from ..models.streaming_detected_tracker import StreamingDetectedTracker
