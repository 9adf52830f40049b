# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingStreamOffset")


@_attrs_define
class StreamingStreamOffset:
    """A position in the audio stream as whole seconds plus nanoseconds. Symbl's Go SDK reads
    both as strings (protobuf JSON encodes 64-bit integers as strings); integers are
    accepted too.

    """

    seconds: int | str | Unset = UNSET
    """ A non-negative integer, sent either as a JSON number or as a decimal string. """
    nanos: int | str | Unset = UNSET
    """ A non-negative integer, sent either as a JSON number or as a decimal string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seconds: int | str | Unset
        if isinstance(self.seconds, Unset):
            seconds = UNSET
        else:
            seconds = self.seconds

        nanos: int | str | Unset
        if isinstance(self.nanos, Unset):
            nanos = UNSET
        else:
            nanos = self.nanos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if seconds is not UNSET:
            field_dict["seconds"] = seconds
        if nanos is not UNSET:
            field_dict["nanos"] = nanos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_seconds(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        seconds = _parse_seconds(d.pop("seconds", UNSET))

        def _parse_nanos(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        nanos = _parse_nanos(d.pop("nanos", UNSET))

        streaming_stream_offset = cls(
            seconds=seconds,
            nanos=nanos,
        )

        streaming_stream_offset.additional_properties = d
        return streaming_stream_offset

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
