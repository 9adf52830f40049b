# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingRecognitionAlternative")


@_attrs_define
class StreamingRecognitionAlternative:
    """One recognition hypothesis."""

    transcript: str | Unset = UNSET
    confidence: float | Unset = UNSET
    words: list[StreamingWord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transcript = self.transcript

        confidence = self.confidence

        words: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words, Unset):
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if words is not UNSET:
            field_dict["words"] = words

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transcript = d.pop("transcript", UNSET)

        confidence = d.pop("confidence", UNSET)

        _words = d.pop("words", UNSET)
        words: list[StreamingWord] | Unset = UNSET
        if _words is not UNSET:
            words = []
            for words_item_data in _words:
                words_item = StreamingWord.from_dict(words_item_data)

                words.append(words_item)

        streaming_recognition_alternative = cls(
            transcript=transcript,
            confidence=confidence,
            words=words,
        )

        streaming_recognition_alternative.additional_properties = d
        return streaming_recognition_alternative

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


from ..models.streaming_word import StreamingWord
