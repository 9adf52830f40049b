# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingTopic")


@_attrs_define
class StreamingTopic:
    """A topic detected in real time."""

    phrases: str
    """ The topic's text. """
    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    score: float | Unset = UNSET
    message_references: list[StreamingMessageReference] | Unset = UNSET
    root_words: list[StreamingRootWord] | Unset = UNSET
    message_index: int | Unset = UNSET
    sentiment: Sentiment | Unset = UNSET
    """ Sentiment of a message or topic (en-US only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phrases = self.phrases

        id = self.id

        type_ = self.type_

        score = self.score

        message_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.message_references, Unset):
            message_references = []
            for message_references_item_data in self.message_references:
                message_references_item = message_references_item_data.to_dict()
                message_references.append(message_references_item)

        root_words: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.root_words, Unset):
            root_words = []
            for root_words_item_data in self.root_words:
                root_words_item = root_words_item_data.to_dict()
                root_words.append(root_words_item)

        message_index = self.message_index

        sentiment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sentiment, Unset):
            sentiment = self.sentiment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phrases": phrases,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if score is not UNSET:
            field_dict["score"] = score
        if message_references is not UNSET:
            field_dict["messageReferences"] = message_references
        if root_words is not UNSET:
            field_dict["rootWords"] = root_words
        if message_index is not UNSET:
            field_dict["messageIndex"] = message_index
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phrases = d.pop("phrases")

        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        score = d.pop("score", UNSET)

        _message_references = d.pop("messageReferences", UNSET)
        message_references: list[StreamingMessageReference] | Unset = UNSET
        if _message_references is not UNSET:
            message_references = []
            for message_references_item_data in _message_references:
                message_references_item = StreamingMessageReference.from_dict(message_references_item_data)

                message_references.append(message_references_item)

        _root_words = d.pop("rootWords", UNSET)
        root_words: list[StreamingRootWord] | Unset = UNSET
        if _root_words is not UNSET:
            root_words = []
            for root_words_item_data in _root_words:
                root_words_item = StreamingRootWord.from_dict(root_words_item_data)

                root_words.append(root_words_item)

        message_index = d.pop("messageIndex", UNSET)

        _sentiment = d.pop("sentiment", UNSET)
        sentiment: Sentiment | Unset
        if isinstance(_sentiment, Unset):
            sentiment = UNSET
        else:
            sentiment = Sentiment.from_dict(_sentiment)

        streaming_topic = cls(
            phrases=phrases,
            id=id,
            type_=type_,
            score=score,
            message_references=message_references,
            root_words=root_words,
            message_index=message_index,
            sentiment=sentiment,
        )

        streaming_topic.additional_properties = d
        return streaming_topic

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


from ..models.sentiment import Sentiment
from ..models.streaming_message_reference import StreamingMessageReference
from ..models.streaming_root_word import StreamingRootWord
