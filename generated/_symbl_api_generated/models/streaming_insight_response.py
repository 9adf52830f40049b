# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingInsightResponse")


@_attrs_define
class StreamingInsightResponse:
    """Insights (questions, action items, follow-ups) as soon as they are detected (no messages).

    Example:
        {'type': 'insight_response', 'insights': [{'id': '94020eb9-b688-4d56-945c-a7e5282258cc', 'type': 'action_item',
            'text': 'Jane will look into the requirements on the hiring for coming financial year.', 'payload': {'content':
            'Jane will look into the requirements on the hiring for coming financial year.', 'contentType': 'text/plain'},
            'confidence': 0.9972, 'hints': [], 'tags': [{'type': 'person', 'text': 'Jane', 'beginOffset': 0, 'value':
            {'value': {'name': 'Jane', 'alias': 'Jane', 'userId': 'jane.doe@example.com'}}}], 'from': {'name': 'Jane',
            'userId': 'jane.doe@example.com'}, 'assignee': {'name': 'Jane', 'userId': 'jane.doe@example.com'},
            'messageReference': {'id': '53867534-0459-4d22-b590-984ee82166aa'}}]}

    """

    type_: Literal["insight_response"]
    insights: list[StreamingInsight]
    sequence_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        insights = []
        for insights_item_data in self.insights:
            insights_item = insights_item_data.to_dict()
            insights.append(insights_item)

        sequence_number = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "insights": insights,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequenceNumber"] = sequence_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["insight_response"], d.pop("type"))
        if type_ != "insight_response":
            raise ValueError(f"type must match const 'insight_response', got '{type_}'")

        insights = []
        _insights = d.pop("insights")
        for insights_item_data in _insights:
            insights_item = StreamingInsight.from_dict(insights_item_data)

            insights.append(insights_item)

        sequence_number = d.pop("sequenceNumber", UNSET)

        streaming_insight_response = cls(
            type_=type_,
            insights=insights,
            sequence_number=sequence_number,
        )

        streaming_insight_response.additional_properties = d
        return streaming_insight_response

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


from ..models.streaming_insight import StreamingInsight
