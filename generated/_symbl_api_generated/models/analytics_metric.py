# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analytics_metric_type import AnalyticsMetricType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsMetric")


@_attrs_define
class AnalyticsMetric:
    """A conversation-level metric."""

    type_: AnalyticsMetricType
    percent: float | Unset = UNSET
    """ Share of the conversation, 0-100 (`percent` here, `percentage` on members). """
    seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        percent = self.percent

        seconds = self.seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if percent is not UNSET:
            field_dict["percent"] = percent
        if seconds is not UNSET:
            field_dict["seconds"] = seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = AnalyticsMetricType(d.pop("type"))

        percent = d.pop("percent", UNSET)

        seconds = d.pop("seconds", UNSET)

        analytics_metric = cls(
            type_=type_,
            percent=percent,
            seconds=seconds,
        )

        analytics_metric.additional_properties = d
        return analytics_metric

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
