# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallScoreCriterion")


@_attrs_define
class CallScoreCriterion:
    """The score on one criterion (for example `Communication and Engagement`)."""

    name: str
    score: float
    summary: str | Unset = UNSET
    feedback: CallScoreFeedback | Unset = UNSET
    """ What went well and what did not for a criterion. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        score = self.score

        summary = self.summary

        feedback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feedback, Unset):
            feedback = self.feedback.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "score": score,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary
        if feedback is not UNSET:
            field_dict["feedback"] = feedback

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        score = d.pop("score")

        summary = d.pop("summary", UNSET)

        _feedback = d.pop("feedback", UNSET)
        feedback: CallScoreFeedback | Unset
        if isinstance(_feedback, Unset):
            feedback = UNSET
        else:
            feedback = CallScoreFeedback.from_dict(_feedback)

        call_score_criterion = cls(
            name=name,
            score=score,
            summary=summary,
            feedback=feedback,
        )

        call_score_criterion.additional_properties = d
        return call_score_criterion

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


from ..models.call_score_feedback import CallScoreFeedback
