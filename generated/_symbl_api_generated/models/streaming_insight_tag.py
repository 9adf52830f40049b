# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingInsightTag")


@_attrs_define
class StreamingInsightTag:
    """An entity found in an insight's text (for example the person it is assigned to)."""

    type_: str
    text: str
    begin_offset: int | Unset = UNSET
    """ Character offset of `text` in the insight. """
    value: StreamingInsightTagValue | Unset = UNSET
    """ Resolved value of a tag; for a person, `value` holds `{name, alias, userId}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        begin_offset = self.begin_offset

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        if begin_offset is not UNSET:
            field_dict["beginOffset"] = begin_offset
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        text = d.pop("text")

        begin_offset = d.pop("beginOffset", UNSET)

        _value = d.pop("value", UNSET)
        value: StreamingInsightTagValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = StreamingInsightTagValue.from_dict(_value)

        streaming_insight_tag = cls(
            type_=type_,
            text=text,
            begin_offset=begin_offset,
            value=value,
        )

        streaming_insight_tag.additional_properties = d
        return streaming_insight_tag

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


from ..models.streaming_insight_tag_value import StreamingInsightTagValue
