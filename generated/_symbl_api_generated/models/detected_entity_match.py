# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DetectedEntityMatch")


@_attrs_define
class DetectedEntityMatch:
    """One value of an entity found in the conversation and where."""

    detected_value: str
    message_refs: list[MessageRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detected_value = self.detected_value

        message_refs = []
        for message_refs_item_data in self.message_refs:
            message_refs_item = message_refs_item_data.to_dict()
            message_refs.append(message_refs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detectedValue": detected_value,
                "messageRefs": message_refs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        detected_value = d.pop("detectedValue")

        message_refs = []
        _message_refs = d.pop("messageRefs")
        for message_refs_item_data in _message_refs:
            message_refs_item = MessageRef.from_dict(message_refs_item_data)

            message_refs.append(message_refs_item)

        detected_entity_match = cls(
            detected_value=detected_value,
            message_refs=message_refs,
        )

        detected_entity_match.additional_properties = d
        return detected_entity_match

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


from ..models.message_ref import MessageRef
