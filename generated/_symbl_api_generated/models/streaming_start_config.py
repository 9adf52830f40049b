# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingStartConfig")


@_attrs_define
class StreamingStartConfig:
    """Recognition and insight settings of a `start_request`."""

    confidence_threshold: float | Unset = 0.5
    """ Minimum confidence for an insight to be reported. """
    language_code: str | Unset = "en-US"
    """ BCP-47 language of the audio (streaming supports English; Spanish in Labs). """
    meeting_title: str | Unset = UNSET
    """ Name of the meeting, used as the conversation name. """
    sentiment: bool | Unset = UNSET
    """ Add sentiment to `message_response` messages. """
    detect_entities: bool | Unset = UNSET
    """ Send `entity_response` messages. """
    speech_recognition: StreamingSpeechRecognition | Unset = UNSET
    """ Format of the binary audio frames. Supported combinations: `LINEAR16` at 8000-48000
    Hz, `FLAC` at 16000 Hz and above, `MULAW` at 8000 Hz, `Opus` at 16000-48000 Hz (the
    per-encoding ranges are stated in words; the schema bounds the overall range).
     """
    trackers: StreamingTrackerConfig | Unset = UNSET
    """ Tracker detection settings of a streaming conversation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confidence_threshold = self.confidence_threshold

        language_code = self.language_code

        meeting_title = self.meeting_title

        sentiment = self.sentiment

        detect_entities = self.detect_entities

        speech_recognition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.speech_recognition, Unset):
            speech_recognition = self.speech_recognition.to_dict()

        trackers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trackers, Unset):
            trackers = self.trackers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confidence_threshold is not UNSET:
            field_dict["confidenceThreshold"] = confidence_threshold
        if language_code is not UNSET:
            field_dict["languageCode"] = language_code
        if meeting_title is not UNSET:
            field_dict["meetingTitle"] = meeting_title
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if detect_entities is not UNSET:
            field_dict["detectEntities"] = detect_entities
        if speech_recognition is not UNSET:
            field_dict["speechRecognition"] = speech_recognition
        if trackers is not UNSET:
            field_dict["trackers"] = trackers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        confidence_threshold = d.pop("confidenceThreshold", UNSET)

        language_code = d.pop("languageCode", UNSET)

        meeting_title = d.pop("meetingTitle", UNSET)

        sentiment = d.pop("sentiment", UNSET)

        detect_entities = d.pop("detectEntities", UNSET)

        _speech_recognition = d.pop("speechRecognition", UNSET)
        speech_recognition: StreamingSpeechRecognition | Unset
        if isinstance(_speech_recognition, Unset):
            speech_recognition = UNSET
        else:
            speech_recognition = StreamingSpeechRecognition.from_dict(_speech_recognition)

        _trackers = d.pop("trackers", UNSET)
        trackers: StreamingTrackerConfig | Unset
        if isinstance(_trackers, Unset):
            trackers = UNSET
        else:
            trackers = StreamingTrackerConfig.from_dict(_trackers)

        streaming_start_config = cls(
            confidence_threshold=confidence_threshold,
            language_code=language_code,
            meeting_title=meeting_title,
            sentiment=sentiment,
            detect_entities=detect_entities,
            speech_recognition=speech_recognition,
            trackers=trackers,
        )

        streaming_start_config.additional_properties = d
        return streaming_start_config

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


from ..models.streaming_speech_recognition import StreamingSpeechRecognition
from ..models.streaming_tracker_config import StreamingTrackerConfig
