# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingInsightTagValue")


@_attrs_define
class StreamingInsightTagValue:
    """Resolved value of a tag; for a person, `value` holds `{name, alias, userId}`."""

    value: StreamingTagEntity | Unset = UNSET
    """ The entity a tag resolves to; open, other tag types carry other fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _value = d.pop("value", UNSET)
        value: StreamingTagEntity | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = StreamingTagEntity.from_dict(_value)

        streaming_insight_tag_value = cls(
            value=value,
        )

        streaming_insight_tag_value.additional_properties = d
        return streaming_insight_tag_value

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


from ..models.streaming_tag_entity import StreamingTagEntity
