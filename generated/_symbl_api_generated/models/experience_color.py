# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperienceColor")


@_attrs_define
class ExperienceColor:
    """Colours of the page elements."""

    background: str | Unset = UNSET
    """ A colour as a hex code, `#RGB` or `#RRGGBB`. """
    topics_filter: str | Unset = UNSET
    """ A colour as a hex code, `#RGB` or `#RRGGBB`. """
    insights_filter: str | Unset = UNSET
    """ A colour as a hex code, `#RGB` or `#RRGGBB`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        background = self.background

        topics_filter = self.topics_filter

        insights_filter = self.insights_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if background is not UNSET:
            field_dict["background"] = background
        if topics_filter is not UNSET:
            field_dict["topicsFilter"] = topics_filter
        if insights_filter is not UNSET:
            field_dict["insightsFilter"] = insights_filter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        background = d.pop("background", UNSET)

        topics_filter = d.pop("topicsFilter", UNSET)

        insights_filter = d.pop("insightsFilter", UNSET)

        experience_color = cls(
            background=background,
            topics_filter=topics_filter,
            insights_filter=insights_filter,
        )

        experience_color.additional_properties = d
        return experience_color

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
