# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StreamingModifyRequest")


@_attrs_define
class StreamingModifyRequest:
    """Changes the audio format mid-conversation, e.g. after an input device change.

    Example:
        {'type': 'modify_request', 'speechRecognition': {'encoding': 'LINEAR16', 'sampleRateHertz': 8000}}

    """

    type_: Literal["modify_request"]
    speech_recognition: StreamingSpeechRecognition
    """ Format of the binary audio frames. Supported combinations: `LINEAR16` at 8000-48000
    Hz, `FLAC` at 16000 Hz and above, `MULAW` at 8000 Hz, `Opus` at 16000-48000 Hz (the
    per-encoding ranges are stated in words; the schema bounds the overall range).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        speech_recognition = self.speech_recognition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "speechRecognition": speech_recognition,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["modify_request"], d.pop("type"))
        if type_ != "modify_request":
            raise ValueError(f"type must match const 'modify_request', got '{type_}'")

        speech_recognition = StreamingSpeechRecognition.from_dict(d.pop("speechRecognition"))

        streaming_modify_request = cls(
            type_=type_,
            speech_recognition=speech_recognition,
        )

        streaming_modify_request.additional_properties = d
        return streaming_modify_request

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
