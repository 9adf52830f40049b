# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StreamingTopicResponse")


@_attrs_define
class StreamingTopicResponse:
    """Topics as they are detected.

    Example:
        {'type': 'topic_response', 'topics': [{'id': 'e69a5556-6729-4e2d-bd2b-c73a8ac4ba48', 'phrases': 'annual plan',
            'type': 'topic', 'score': 0.72, 'messageReferences': [{'id': '53867534-0459-4d22-b590-984ee82166aa'}],
            'rootWords': [{'text': 'plan'}], 'messageIndex': 3}]}

    """

    type_: Literal["topic_response"]
    topics: list[StreamingTopic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "topics": topics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["topic_response"], d.pop("type"))
        if type_ != "topic_response":
            raise ValueError(f"type must match const 'topic_response', got '{type_}'")

        topics = []
        _topics = d.pop("topics")
        for topics_item_data in _topics:
            topics_item = StreamingTopic.from_dict(topics_item_data)

            topics.append(topics_item)

        streaming_topic_response = cls(
            type_=type_,
            topics=topics,
        )

        streaming_topic_response.additional_properties = d
        return streaming_topic_response

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


from ..models.streaming_topic import StreamingTopic
