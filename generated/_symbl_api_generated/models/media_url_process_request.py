# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_type import ConversationType
from ..models.language_code import LanguageCode
from ..models.process_mode import ProcessMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaUrlProcessRequest")


@_attrs_define
class MediaUrlProcessRequest:
    """Body of the audio and video URL operations (submit and append).

    Example:
        {'url': 'https://symbltestdata.s3.us-east-2.amazonaws.com/sample_audio_file.wav', 'name': 'Business Meeting',
            'languageCode': 'en-US', 'enableSpeakerDiarization': True, 'diarizationSpeakerCount': 2}

    """

    url: str
    """ Public, direct URL of the file (no redirects, no YouTube-style pages). Symbl
    downloads it once when the job starts.
     """
    name: str | Unset = UNSET
    """ Name of the conversation. Defaults to the conversation id. """
    webhook_url: str | Unset = UNSET
    """ URL Symbl POSTs `{jobId, status}` to on every status change of the job. """
    confidence_threshold: float | Unset = UNSET
    """ Minimum confidence for an insight (question, action item, follow-up) to be reported.
    The 2022 documentation gives the range 0.5 to 1.0 and Symbl's generated client says
    "above 0.5"; older text said 0.0 to 1.0. This description takes 0.5 to 1.0.
     """
    detect_phrases: bool | Unset = False
    """ Add the actionable phrases found in each message (`phrases[]`) to the transcript. """
    detect_entities: bool | Unset = False
    """ Detect entities (people, dates, amounts, PII...) in the conversation. """
    entities: list[CustomEntityInput] | Unset = UNSET
    """ Custom entities to detect in this conversation. """
    trackers: list[TrackerInput] | Unset = UNSET
    """ Trackers (beta) to detect in this conversation in addition to the account's. """
    enable_all_trackers: bool | Unset = UNSET
    """ Detect every tracker defined in the account. The sources disagree on the default
    (off in the 2022 documentation, on for all conversations in newer guides), so none
    is stated; send it explicitly.
     """
    enable_summary: bool | Unset = UNSET
    """ Compute the conversation summary while processing (alpha). """
    features: ProcessFeatures | Unset = UNSET
    """ Extra features to compute. Call score needs both `insights` and `callScore`. """
    metadata: ProcessMetadata | Unset = UNSET
    """ Context about the call that tunes call score. """
    conversation_type: ConversationType | Unset = UNSET
    """ `sales` for sales calls, `general` for everything else; used by call score. """
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
    timezone_offset: int | Unset = UNSET
    """ Offset of the recording's time zone from UTC, in minutes. Legacy field seen only
    in Symbl's draft OpenAPI file and old examples.
     """
    start_time: datetime.datetime | Unset = UNSET
    """ ISO 8601 date-time in UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        name = self.name

        webhook_url = self.webhook_url

        confidence_threshold = self.confidence_threshold

        detect_phrases = self.detect_phrases

        detect_entities = self.detect_entities

        entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

        trackers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trackers, Unset):
            trackers = []
            for trackers_item_data in self.trackers:
                trackers_item = trackers_item_data.to_dict()
                trackers.append(trackers_item)

        enable_all_trackers = self.enable_all_trackers

        enable_summary = self.enable_summary

        features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        conversation_type: str | Unset = UNSET
        if not isinstance(self.conversation_type, Unset):
            conversation_type = self.conversation_type.value

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

        timezone_offset = self.timezone_offset

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if confidence_threshold is not UNSET:
            field_dict["confidenceThreshold"] = confidence_threshold
        if detect_phrases is not UNSET:
            field_dict["detectPhrases"] = detect_phrases
        if detect_entities is not UNSET:
            field_dict["detectEntities"] = detect_entities
        if entities is not UNSET:
            field_dict["entities"] = entities
        if trackers is not UNSET:
            field_dict["trackers"] = trackers
        if enable_all_trackers is not UNSET:
            field_dict["enableAllTrackers"] = enable_all_trackers
        if enable_summary is not UNSET:
            field_dict["enableSummary"] = enable_summary
        if features is not UNSET:
            field_dict["features"] = features
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if conversation_type is not UNSET:
            field_dict["conversationType"] = conversation_type
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
        if timezone_offset is not UNSET:
            field_dict["timezoneOffset"] = timezone_offset
        if start_time is not UNSET:
            field_dict["startTime"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        name = d.pop("name", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        confidence_threshold = d.pop("confidenceThreshold", UNSET)

        detect_phrases = d.pop("detectPhrases", UNSET)

        detect_entities = d.pop("detectEntities", UNSET)

        _entities = d.pop("entities", UNSET)
        entities: list[CustomEntityInput] | Unset = UNSET
        if _entities is not UNSET:
            entities = []
            for entities_item_data in _entities:
                entities_item = CustomEntityInput.from_dict(entities_item_data)

                entities.append(entities_item)

        _trackers = d.pop("trackers", UNSET)
        trackers: list[TrackerInput] | Unset = UNSET
        if _trackers is not UNSET:
            trackers = []
            for trackers_item_data in _trackers:
                trackers_item = TrackerInput.from_dict(trackers_item_data)

                trackers.append(trackers_item)

        enable_all_trackers = d.pop("enableAllTrackers", UNSET)

        enable_summary = d.pop("enableSummary", UNSET)

        _features = d.pop("features", UNSET)
        features: ProcessFeatures | Unset
        if isinstance(_features, Unset):
            features = UNSET
        else:
            features = ProcessFeatures.from_dict(_features)

        _metadata = d.pop("metadata", UNSET)
        metadata: ProcessMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ProcessMetadata.from_dict(_metadata)

        _conversation_type = d.pop("conversationType", UNSET)
        conversation_type: ConversationType | Unset
        if isinstance(_conversation_type, Unset):
            conversation_type = UNSET
        else:
            conversation_type = ConversationType(_conversation_type)

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

        timezone_offset = d.pop("timezoneOffset", UNSET)

        _start_time = d.pop("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        media_url_process_request = cls(
            url=url,
            name=name,
            webhook_url=webhook_url,
            confidence_threshold=confidence_threshold,
            detect_phrases=detect_phrases,
            detect_entities=detect_entities,
            entities=entities,
            trackers=trackers,
            enable_all_trackers=enable_all_trackers,
            enable_summary=enable_summary,
            features=features,
            metadata=metadata,
            conversation_type=conversation_type,
            custom_vocabulary=custom_vocabulary,
            language_code=language_code,
            mode=mode,
            enable_separate_recognition_per_channel=enable_separate_recognition_per_channel,
            channel_metadata=channel_metadata,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
            timezone_offset=timezone_offset,
            start_time=start_time,
        )

        media_url_process_request.additional_properties = d
        return media_url_process_request

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
from ..models.custom_entity_input import CustomEntityInput
from ..models.process_features import ProcessFeatures
from ..models.process_metadata import ProcessMetadata
from ..models.tracker_input import TrackerInput
