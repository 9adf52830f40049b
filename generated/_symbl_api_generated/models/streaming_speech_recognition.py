# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.streaming_speech_recognition_encoding import StreamingSpeechRecognitionEncoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingSpeechRecognition")


@_attrs_define
class StreamingSpeechRecognition:
    """Format of the binary audio frames. Supported combinations: `LINEAR16` at 8000-48000
    Hz, `FLAC` at 16000 Hz and above, `MULAW` at 8000 Hz, `Opus` at 16000-48000 Hz (the
    per-encoding ranges are stated in words; the schema bounds the overall range).

        Example:
            {'encoding': 'LINEAR16', 'sampleRateHertz': 16000}

    """

    encoding: StreamingSpeechRecognitionEncoding | Unset = StreamingSpeechRecognitionEncoding.LINEAR16
    """ Audio encoding. """
    sample_rate_hertz: int | Unset = 16000
    """ Sample rate of the audio; give the real rate for best results. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        sample_rate_hertz = self.sample_rate_hertz

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if sample_rate_hertz is not UNSET:
            field_dict["sampleRateHertz"] = sample_rate_hertz

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _encoding = d.pop("encoding", UNSET)
        encoding: StreamingSpeechRecognitionEncoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = StreamingSpeechRecognitionEncoding(_encoding)

        sample_rate_hertz = d.pop("sampleRateHertz", UNSET)

        streaming_speech_recognition = cls(
            encoding=encoding,
            sample_rate_hertz=sample_rate_hertz,
        )

        streaming_speech_recognition.additional_properties = d
        return streaming_speech_recognition

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
