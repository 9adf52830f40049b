# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Word")


@_attrs_define
class Word:
    """One word of a message with its timing (returned with `verbose=true`)."""

    word: str
    start_time: datetime.datetime
    """ ISO 8601 date-time in UTC. """
    end_time: datetime.datetime
    """ ISO 8601 date-time in UTC. """
    score: float | Unset = UNSET
    """ Recognition confidence; absent for text conversations. """
    time_offset: float | Unset = UNSET
    """ Seconds from the start of the conversation. """
    duration: float | Unset = UNSET
    """ Seconds. """
    speaker_tag: int | Unset = UNSET
    """ Diarization speaker number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        word = self.word

        start_time = self.start_time.isoformat()

        end_time = self.end_time.isoformat()

        score = self.score

        time_offset = self.time_offset

        duration = self.duration

        speaker_tag = self.speaker_tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "word": word,
                "startTime": start_time,
                "endTime": end_time,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score
        if time_offset is not UNSET:
            field_dict["timeOffset"] = time_offset
        if duration is not UNSET:
            field_dict["duration"] = duration
        if speaker_tag is not UNSET:
            field_dict["speakerTag"] = speaker_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        word = d.pop("word")

        start_time = datetime.datetime.fromisoformat(d.pop("startTime"))

        end_time = datetime.datetime.fromisoformat(d.pop("endTime"))

        score = d.pop("score", UNSET)

        time_offset = d.pop("timeOffset", UNSET)

        duration = d.pop("duration", UNSET)

        speaker_tag = d.pop("speakerTag", UNSET)

        word = cls(
            word=word,
            start_time=start_time,
            end_time=end_time,
            score=score,
            time_offset=time_offset,
            duration=duration,
            speaker_tag=speaker_tag,
        )

        word.additional_properties = d
        return word

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
