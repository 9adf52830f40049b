# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.process_features_feature_list_item import ProcessFeaturesFeatureListItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessFeatures")


@_attrs_define
class ProcessFeatures:
    """Extra features to compute. Call score needs both `insights` and `callScore`.

    Example:
        {'featureList': ['insights', 'callScore']}

    """

    feature_list: list[ProcessFeaturesFeatureListItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_list: list[str] | Unset = UNSET
        if not isinstance(self.feature_list, Unset):
            feature_list = []
            for feature_list_item_data in self.feature_list:
                feature_list_item = feature_list_item_data.value
                feature_list.append(feature_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_list is not UNSET:
            field_dict["featureList"] = feature_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _feature_list = d.pop("featureList", UNSET)
        feature_list: list[ProcessFeaturesFeatureListItem] | Unset = UNSET
        if _feature_list is not UNSET:
            feature_list = []
            for feature_list_item_data in _feature_list:
                feature_list_item = ProcessFeaturesFeatureListItem(feature_list_item_data)

                feature_list.append(feature_list_item)

        process_features = cls(
            feature_list=feature_list,
        )

        process_features.additional_properties = d
        return process_features

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
