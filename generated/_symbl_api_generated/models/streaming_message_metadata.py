# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingMessageMetadata")


@_attrs_define
class StreamingMessageMetadata:
    """Processing details of a message (fields seen in Symbl's Go SDK)."""

    disable_punctuation: bool | Unset = UNSET
    timezone_offset: int | Unset = UNSET
    original_content: str | Unset = UNSET
    original_message_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disable_punctuation = self.disable_punctuation

        timezone_offset = self.timezone_offset

        original_content = self.original_content

        original_message_id = self.original_message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disable_punctuation is not UNSET:
            field_dict["disablePunctuation"] = disable_punctuation
        if timezone_offset is not UNSET:
            field_dict["timezoneOffset"] = timezone_offset
        if original_content is not UNSET:
            field_dict["originalContent"] = original_content
        if original_message_id is not UNSET:
            field_dict["originalMessageId"] = original_message_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        disable_punctuation = d.pop("disablePunctuation", UNSET)

        timezone_offset = d.pop("timezoneOffset", UNSET)

        original_content = d.pop("originalContent", UNSET)

        original_message_id = d.pop("originalMessageId", UNSET)

        streaming_message_metadata = cls(
            disable_punctuation=disable_punctuation,
            timezone_offset=timezone_offset,
            original_content=original_content,
            original_message_id=original_message_id,
        )

        streaming_message_metadata.additional_properties = d
        return streaming_message_metadata

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
