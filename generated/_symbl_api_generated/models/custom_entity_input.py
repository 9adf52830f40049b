# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomEntityInput")


@_attrs_define
class CustomEntityInput:
    """A custom entity to detect in one conversation.

    Example:
        {'customType': 'Company Executives', 'text': 'Hamza Khan', 'value': 'Marketing director'}

    """

    custom_type: str
    """ Your category for the entity. """
    text: str
    """ The text to look for. """
    value: str | Unset = UNSET
    """ Value reported when the text is found (defaults to the text). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_type = self.custom_type

        text = self.text

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customType": custom_type,
                "text": text,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        custom_type = d.pop("customType")

        text = d.pop("text")

        value = d.pop("value", UNSET)

        custom_entity_input = cls(
            custom_type=custom_type,
            text=text,
            value=value,
        )

        custom_entity_input.additional_properties = d
        return custom_entity_input

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
