# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallScoreFeedback")


@_attrs_define
class CallScoreFeedback:
    """What went well and what did not for a criterion."""

    positive: CallScoreFeedbackItem | Unset = UNSET
    negative: CallScoreFeedbackItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        positive: dict[str, Any] | Unset = UNSET
        if not isinstance(self.positive, Unset):
            positive = self.positive.to_dict()

        negative: dict[str, Any] | Unset = UNSET
        if not isinstance(self.negative, Unset):
            negative = self.negative.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if positive is not UNSET:
            field_dict["positive"] = positive
        if negative is not UNSET:
            field_dict["negative"] = negative

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _positive = d.pop("positive", UNSET)
        positive: CallScoreFeedbackItem | Unset
        if isinstance(_positive, Unset):
            positive = UNSET
        else:
            positive = CallScoreFeedbackItem.from_dict(_positive)

        _negative = d.pop("negative", UNSET)
        negative: CallScoreFeedbackItem | Unset
        if isinstance(_negative, Unset):
            negative = UNSET
        else:
            negative = CallScoreFeedbackItem.from_dict(_negative)

        call_score_feedback = cls(
            positive=positive,
            negative=negative,
        )

        call_score_feedback.additional_properties = d
        return call_score_feedback

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


from ..models.call_score_feedback_item import CallScoreFeedbackItem
