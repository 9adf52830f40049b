# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSettings")


@_attrs_define
class UserSettings:
    """Account settings; only configured sections are present."""

    id: str | Unset = UNSET
    """ Static id of the account's settings record (listed in Symbl's redaction guide). """
    intelligence: IntelligenceSettings | Unset = UNSET
    """ Defaults for insight features. """
    redaction: RedactionSettings | Unset = UNSET
    """ How personal information is redacted in transcripts by default.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        intelligence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intelligence, Unset):
            intelligence = self.intelligence.to_dict()

        redaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redaction, Unset):
            redaction = self.redaction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if intelligence is not UNSET:
            field_dict["intelligence"] = intelligence
        if redaction is not UNSET:
            field_dict["redaction"] = redaction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _intelligence = d.pop("intelligence", UNSET)
        intelligence: IntelligenceSettings | Unset
        if isinstance(_intelligence, Unset):
            intelligence = UNSET
        else:
            intelligence = IntelligenceSettings.from_dict(_intelligence)

        _redaction = d.pop("redaction", UNSET)
        redaction: RedactionSettings | Unset
        if isinstance(_redaction, Unset):
            redaction = UNSET
        else:
            redaction = RedactionSettings.from_dict(_redaction)

        user_settings = cls(
            id=id,
            intelligence=intelligence,
            redaction=redaction,
        )

        user_settings.additional_properties = d
        return user_settings

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


from ..models.intelligence_settings import IntelligenceSettings
from ..models.redaction_settings import RedactionSettings
