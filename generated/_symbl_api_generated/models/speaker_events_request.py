# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SpeakerEventsRequest")


@_attrs_define
class SpeakerEventsRequest:
    """Speaker events for a conversation."""

    speaker_events: list[SpeakerEvent]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        speaker_events = []
        for speaker_events_item_data in self.speaker_events:
            speaker_events_item = speaker_events_item_data.to_dict()
            speaker_events.append(speaker_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "speakerEvents": speaker_events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        speaker_events = []
        _speaker_events = d.pop("speakerEvents")
        for speaker_events_item_data in _speaker_events:
            speaker_events_item = SpeakerEvent.from_dict(speaker_events_item_data)

            speaker_events.append(speaker_events_item)

        speaker_events_request = cls(
            speaker_events=speaker_events,
        )

        speaker_events_request.additional_properties = d
        return speaker_events_request

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


from ..models.speaker_event import SpeakerEvent
