# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """One message (sentence) of the transcript."""

    id: str
    text: str
    start_time: datetime.datetime
    """ ISO 8601 date-time in UTC. """
    end_time: datetime.datetime
    """ ISO 8601 date-time in UTC. """
    conversation_id: str
    """ Conversation id (a numeric string). """
    from_: Person | Unset = UNSET
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """
    time_offset: float | Unset = UNSET
    """ Seconds from the start of the conversation (Labs; up to 2 decimals). """
    duration: float | Unset = UNSET
    """ Length of the message in seconds (Labs; up to 2 decimals). """
    phrases: list[Phrase] | Unset = UNSET
    """ Key phrases (when `detectPhrases` was set at submission). """
    sentiment: Sentiment | Unset = UNSET
    """ Sentiment of a message or topic (en-US only). """
    words: list[Word] | Unset = UNSET
    """ Per-word timings (with `verbose=true`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        start_time = self.start_time.isoformat()

        end_time = self.end_time.isoformat()

        conversation_id = self.conversation_id

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        time_offset = self.time_offset

        duration = self.duration

        phrases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phrases, Unset):
            phrases = []
            for phrases_item_data in self.phrases:
                phrases_item = phrases_item_data.to_dict()
                phrases.append(phrases_item)

        sentiment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sentiment, Unset):
            sentiment = self.sentiment.to_dict()

        words: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words, Unset):
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "text": text,
                "startTime": start_time,
                "endTime": end_time,
                "conversationId": conversation_id,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if time_offset is not UNSET:
            field_dict["timeOffset"] = time_offset
        if duration is not UNSET:
            field_dict["duration"] = duration
        if phrases is not UNSET:
            field_dict["phrases"] = phrases
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if words is not UNSET:
            field_dict["words"] = words

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        text = d.pop("text")

        start_time = datetime.datetime.fromisoformat(d.pop("startTime"))

        end_time = datetime.datetime.fromisoformat(d.pop("endTime"))

        conversation_id = d.pop("conversationId")

        _from_ = d.pop("from", UNSET)
        from_: Person | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = Person.from_dict(_from_)

        time_offset = d.pop("timeOffset", UNSET)

        duration = d.pop("duration", UNSET)

        _phrases = d.pop("phrases", UNSET)
        phrases: list[Phrase] | Unset = UNSET
        if _phrases is not UNSET:
            phrases = []
            for phrases_item_data in _phrases:
                phrases_item = Phrase.from_dict(phrases_item_data)

                phrases.append(phrases_item)

        _sentiment = d.pop("sentiment", UNSET)
        sentiment: Sentiment | Unset
        if isinstance(_sentiment, Unset):
            sentiment = UNSET
        else:
            sentiment = Sentiment.from_dict(_sentiment)

        _words = d.pop("words", UNSET)
        words: list[Word] | Unset = UNSET
        if _words is not UNSET:
            words = []
            for words_item_data in _words:
                words_item = Word.from_dict(words_item_data)

                words.append(words_item)

        message = cls(
            id=id,
            text=text,
            start_time=start_time,
            end_time=end_time,
            conversation_id=conversation_id,
            from_=from_,
            time_offset=time_offset,
            duration=duration,
            phrases=phrases,
            sentiment=sentiment,
            words=words,
        )

        message.additional_properties = d
        return message

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


from ..models.person import Person
from ..models.phrase import Phrase
from ..models.sentiment import Sentiment
from ..models.word import Word
