# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AbstractTopicList")


@_attrs_define
class AbstractTopicList:
    abstract_topics: list[AbstractTopic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        abstract_topics = []
        for abstract_topics_item_data in self.abstract_topics:
            abstract_topics_item = abstract_topics_item_data.to_dict()
            abstract_topics.append(abstract_topics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "abstractTopics": abstract_topics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        abstract_topics = []
        _abstract_topics = d.pop("abstractTopics")
        for abstract_topics_item_data in _abstract_topics:
            abstract_topics_item = AbstractTopic.from_dict(abstract_topics_item_data)

            abstract_topics.append(abstract_topics_item)

        abstract_topic_list = cls(
            abstract_topics=abstract_topics,
        )

        abstract_topic_list.additional_properties = d
        return abstract_topic_list

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


from ..models.abstract_topic import AbstractTopic
