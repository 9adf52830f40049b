# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.formatted_transcript_request_content_type import FormattedTranscriptRequestContentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FormattedTranscriptRequest")


@_attrs_define
class FormattedTranscriptRequest:
    """Output format and options of a formatted transcript."""

    content_type: FormattedTranscriptRequestContentType
    create_paragraphs: bool | Unset = UNSET
    """ Group messages into paragraphs (Markdown only). """
    phrases: TranscriptPhraseOptions | Unset = UNSET
    """ Key-phrase highlighting (Markdown only; highlights are `<mark>` tags). """
    show_speaker_separation: bool | Unset = UNSET
    """ Prefix text with the speaker (needs diarization or speaker events). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type.value

        create_paragraphs = self.create_paragraphs

        phrases: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phrases, Unset):
            phrases = self.phrases.to_dict()

        show_speaker_separation = self.show_speaker_separation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contentType": content_type,
            }
        )
        if create_paragraphs is not UNSET:
            field_dict["createParagraphs"] = create_paragraphs
        if phrases is not UNSET:
            field_dict["phrases"] = phrases
        if show_speaker_separation is not UNSET:
            field_dict["showSpeakerSeparation"] = show_speaker_separation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content_type = FormattedTranscriptRequestContentType(d.pop("contentType"))

        create_paragraphs = d.pop("createParagraphs", UNSET)

        _phrases = d.pop("phrases", UNSET)
        phrases: TranscriptPhraseOptions | Unset
        if isinstance(_phrases, Unset):
            phrases = UNSET
        else:
            phrases = TranscriptPhraseOptions.from_dict(_phrases)

        show_speaker_separation = d.pop("showSpeakerSeparation", UNSET)

        formatted_transcript_request = cls(
            content_type=content_type,
            create_paragraphs=create_paragraphs,
            phrases=phrases,
            show_speaker_separation=show_speaker_separation,
        )

        formatted_transcript_request.additional_properties = d
        return formatted_transcript_request

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


from ..models.transcript_phrase_options import TranscriptPhraseOptions
