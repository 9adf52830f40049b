# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_stage import SalesStage
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessMetadata")


@_attrs_define
class ProcessMetadata:
    """Context about the call that tunes call score.

    Example:
        {'salesStage': 'qualification', 'prospectName': 'Acme'}

    """

    sales_stage: SalesStage | Unset = UNSET
    """ Stage of the sales cycle the call belongs to (lower case). """
    prospect_name: str | Unset = UNSET
    """ Name of the prospect (company or person) on the call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sales_stage: str | Unset = UNSET
        if not isinstance(self.sales_stage, Unset):
            sales_stage = self.sales_stage.value

        prospect_name = self.prospect_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sales_stage is not UNSET:
            field_dict["salesStage"] = sales_stage
        if prospect_name is not UNSET:
            field_dict["prospectName"] = prospect_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _sales_stage = d.pop("salesStage", UNSET)
        sales_stage: SalesStage | Unset
        if isinstance(_sales_stage, Unset):
            sales_stage = UNSET
        else:
            sales_stage = SalesStage(_sales_stage)

        prospect_name = d.pop("prospectName", UNSET)

        process_metadata = cls(
            sales_stage=sales_stage,
            prospect_name=prospect_name,
        )

        process_metadata.additional_properties = d
        return process_metadata

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
