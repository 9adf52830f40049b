# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DetectedTrackerMatch")


@_attrs_define
class DetectedTrackerMatch:
    """A tracker phrase that matched, with the messages and insights it matched in."""

    type_: str
    value: str
    """ The tracker vocabulary entry that matched. """
    message_refs: list[MessageRef] | Unset = UNSET
    insight_refs: list[InsightRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        message_refs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.message_refs, Unset):
            message_refs = []
            for message_refs_item_data in self.message_refs:
                message_refs_item = message_refs_item_data.to_dict()
                message_refs.append(message_refs_item)

        insight_refs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.insight_refs, Unset):
            insight_refs = []
            for insight_refs_item_data in self.insight_refs:
                insight_refs_item = insight_refs_item_data.to_dict()
                insight_refs.append(insight_refs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )
        if message_refs is not UNSET:
            field_dict["messageRefs"] = message_refs
        if insight_refs is not UNSET:
            field_dict["insightRefs"] = insight_refs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        value = d.pop("value")

        _message_refs = d.pop("messageRefs", UNSET)
        message_refs: list[MessageRef] | Unset = UNSET
        if _message_refs is not UNSET:
            message_refs = []
            for message_refs_item_data in _message_refs:
                message_refs_item = MessageRef.from_dict(message_refs_item_data)

                message_refs.append(message_refs_item)

        _insight_refs = d.pop("insightRefs", UNSET)
        insight_refs: list[InsightRef] | Unset = UNSET
        if _insight_refs is not UNSET:
            insight_refs = []
            for insight_refs_item_data in _insight_refs:
                insight_refs_item = InsightRef.from_dict(insight_refs_item_data)

                insight_refs.append(insight_refs_item)

        detected_tracker_match = cls(
            type_=type_,
            value=value,
            message_refs=message_refs,
            insight_refs=insight_refs,
        )

        detected_tracker_match.additional_properties = d
        return detected_tracker_match

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


from ..models.insight_ref import InsightRef
from ..models.message_ref import MessageRef
