# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redaction_settings_type import RedactionSettingsType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RedactionSettings")


@_attrs_define
class RedactionSettings:
    """How personal information is redacted in transcripts by default."""

    default: bool | Unset = UNSET
    """ Whether redaction applies to every conversation by default. """
    type_: RedactionSettingsType | Unset = UNSET
    """ `default` replaces a redacted entity with its type name (`[PERSON_NAME]`),
    `obfuscation` with asterisks, `custom` with the text given in `custom`.
     """
    exclude: list[str] | Unset = UNSET
    """ Entity types that are not redacted, in capitals (for example `PERSON_NAME`). """
    custom: RedactionSettingsCustom | Unset = UNSET
    """ Replacement text per entity type (for example `SSN` to `Social Security Number`),
    used when `type` is `custom`. Symbl's example also sets a `default` key
    (`obfuscation`) in this map.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default = self.default

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        exclude: list[str] | Unset = UNSET
        if not isinstance(self.exclude, Unset):
            exclude = self.exclude

        custom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default is not UNSET:
            field_dict["default"] = default
        if type_ is not UNSET:
            field_dict["type"] = type_
        if exclude is not UNSET:
            field_dict["exclude"] = exclude
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        default = d.pop("default", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: RedactionSettingsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = RedactionSettingsType(_type_)

        exclude = cast(list[str], d.pop("exclude", UNSET))

        _custom = d.pop("custom", UNSET)
        custom: RedactionSettingsCustom | Unset
        if isinstance(_custom, Unset):
            custom = UNSET
        else:
            custom = RedactionSettingsCustom.from_dict(_custom)

        redaction_settings = cls(
            default=default,
            type_=type_,
            exclude=exclude,
            custom=custom,
        )

        redaction_settings.additional_properties = d
        return redaction_settings

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


from ..models.redaction_settings_custom import RedactionSettingsCustom
