# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.language_code import LanguageCode
from ..models.process_mode import ProcessMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaProcessOptions")


@_attrs_define
class MediaProcessOptions:
    """Options that apply to audio and video only (speech recognition and speakers)."""

    custom_vocabulary: list[str] | Unset = UNSET
    """ Words and phrases likely to occur in the recording, as hints for speech recognition. """
    language_code: LanguageCode | Unset = UNSET
    """ BCP-47 language of the recording (Async audio/video and Telephony). Insights other than
    the transcript are computed for English only; sentiment for en-US only.
     """
    mode: ProcessMode | Unset = UNSET
    """ `phone` for 8 kHz telephony audio, `default` otherwise. """
    enable_separate_recognition_per_channel: bool | Unset = False
    """ Recognise each audio channel separately, one speaker per channel (describe them with
    `channelMetadata`). Billed as duration times the number of channels.
     """
    channel_metadata: list[ChannelMetadata] | Unset = UNSET
    """ Speaker of each channel, used with `enableSeparateRecognitionPerChannel`. """
    enable_speaker_diarization: bool | Unset = False
    """ Separate speakers in a single-channel recording (English and Spanish only). Takes
    priority over `enableSeparateRecognitionPerChannel`.
     """
    diarization_speaker_count: int | Unset = UNSET
    """ Number of distinct speakers in the recording, used with `enableSpeakerDiarization`.
    Symbl documents no upper bound.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_vocabulary: list[str] | Unset = UNSET
        if not isinstance(self.custom_vocabulary, Unset):
            custom_vocabulary = self.custom_vocabulary

        language_code: str | Unset = UNSET
        if not isinstance(self.language_code, Unset):
            language_code = self.language_code.value

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        enable_separate_recognition_per_channel = self.enable_separate_recognition_per_channel

        channel_metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.channel_metadata, Unset):
            channel_metadata = []
            for channel_metadata_item_data in self.channel_metadata:
                channel_metadata_item = channel_metadata_item_data.to_dict()
                channel_metadata.append(channel_metadata_item)

        enable_speaker_diarization = self.enable_speaker_diarization

        diarization_speaker_count = self.diarization_speaker_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_vocabulary is not UNSET:
            field_dict["customVocabulary"] = custom_vocabulary
        if language_code is not UNSET:
            field_dict["languageCode"] = language_code
        if mode is not UNSET:
            field_dict["mode"] = mode
        if enable_separate_recognition_per_channel is not UNSET:
            field_dict["enableSeparateRecognitionPerChannel"] = enable_separate_recognition_per_channel
        if channel_metadata is not UNSET:
            field_dict["channelMetadata"] = channel_metadata
        if enable_speaker_diarization is not UNSET:
            field_dict["enableSpeakerDiarization"] = enable_speaker_diarization
        if diarization_speaker_count is not UNSET:
            field_dict["diarizationSpeakerCount"] = diarization_speaker_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        custom_vocabulary = cast(list[str], d.pop("customVocabulary", UNSET))

        _language_code = d.pop("languageCode", UNSET)
        language_code: LanguageCode | Unset
        if isinstance(_language_code, Unset):
            language_code = UNSET
        else:
            language_code = LanguageCode(_language_code)

        _mode = d.pop("mode", UNSET)
        mode: ProcessMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ProcessMode(_mode)

        enable_separate_recognition_per_channel = d.pop("enableSeparateRecognitionPerChannel", UNSET)

        _channel_metadata = d.pop("channelMetadata", UNSET)
        channel_metadata: list[ChannelMetadata] | Unset = UNSET
        if _channel_metadata is not UNSET:
            channel_metadata = []
            for channel_metadata_item_data in _channel_metadata:
                channel_metadata_item = ChannelMetadata.from_dict(channel_metadata_item_data)

                channel_metadata.append(channel_metadata_item)

        enable_speaker_diarization = d.pop("enableSpeakerDiarization", UNSET)

        diarization_speaker_count = d.pop("diarizationSpeakerCount", UNSET)

        media_process_options = cls(
            custom_vocabulary=custom_vocabulary,
            language_code=language_code,
            mode=mode,
            enable_separate_recognition_per_channel=enable_separate_recognition_per_channel,
            channel_metadata=channel_metadata,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
        )

        media_process_options.additional_properties = d
        return media_process_options

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


from ..models.channel_metadata import ChannelMetadata
