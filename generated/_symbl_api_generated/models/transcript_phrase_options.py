# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptPhraseOptions")


@_attrs_define
class TranscriptPhraseOptions:
    """Key-phrase highlighting (Markdown only; highlights are `<mark>` tags)."""

    highlight_only_insight_key_phrases: bool | Unset = UNSET
    """ Highlight only the key phrases of insights. """
    highlight_all_key_phrases: bool | Unset = UNSET
    """ Highlight every key phrase. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        highlight_only_insight_key_phrases = self.highlight_only_insight_key_phrases

        highlight_all_key_phrases = self.highlight_all_key_phrases

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if highlight_only_insight_key_phrases is not UNSET:
            field_dict["highlightOnlyInsightKeyPhrases"] = highlight_only_insight_key_phrases
        if highlight_all_key_phrases is not UNSET:
            field_dict["highlightAllKeyPhrases"] = highlight_all_key_phrases

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        highlight_only_insight_key_phrases = d.pop("highlightOnlyInsightKeyPhrases", UNSET)

        highlight_all_key_phrases = d.pop("highlightAllKeyPhrases", UNSET)

        transcript_phrase_options = cls(
            highlight_only_insight_key_phrases=highlight_only_insight_key_phrases,
            highlight_all_key_phrases=highlight_all_key_phrases,
        )

        transcript_phrase_options.additional_properties = d
        return transcript_phrase_options

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
