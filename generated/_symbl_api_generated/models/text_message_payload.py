# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_message_payload_content_type import TextMessagePayloadContentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextMessagePayload")


@_attrs_define
class TextMessagePayload:
    """The text of a message."""

    content: str
    """ The text itself. """
    content_type: TextMessagePayloadContentType | Unset = TextMessagePayloadContentType.TEXTPLAIN
    """ Format of `content`; only plain text is supported. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if content_type is not UNSET:
            field_dict["contentType"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content = d.pop("content")

        _content_type = d.pop("contentType", UNSET)
        content_type: TextMessagePayloadContentType | Unset
        if isinstance(_content_type, Unset):
            content_type = UNSET
        else:
            content_type = TextMessagePayloadContentType(_content_type)

        text_message_payload = cls(
            content=content,
            content_type=content_type,
        )

        text_message_payload.additional_properties = d
        return text_message_payload

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
