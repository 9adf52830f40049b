# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingWord")


@_attrs_define
class StreamingWord:
    """A recognized word with its position in the audio stream."""

    word: str
    start_time: StreamingStreamOffset | Unset = UNSET
    """ A position in the audio stream as whole seconds plus nanoseconds. Symbl's Go SDK reads
    both as strings (protobuf JSON encodes 64-bit integers as strings); integers are
    accepted too.
     """
    end_time: StreamingStreamOffset | Unset = UNSET
    """ A position in the audio stream as whole seconds plus nanoseconds. Symbl's Go SDK reads
    both as strings (protobuf JSON encodes 64-bit integers as strings); integers are
    accepted too.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        word = self.word

        start_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.to_dict()

        end_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "word": word,
            }
        )
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        word = d.pop("word")

        _start_time = d.pop("startTime", UNSET)
        start_time: StreamingStreamOffset | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = StreamingStreamOffset.from_dict(_start_time)

        _end_time = d.pop("endTime", UNSET)
        end_time: StreamingStreamOffset | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = StreamingStreamOffset.from_dict(_end_time)

        streaming_word = cls(
            word=word,
            start_time=start_time,
            end_time=end_time,
        )

        streaming_word.additional_properties = d
        return streaming_word

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


from ..models.streaming_stream_offset import StreamingStreamOffset
