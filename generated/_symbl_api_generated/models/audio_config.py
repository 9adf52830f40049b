# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_config_encoding import AudioConfigEncoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioConfig")


@_attrs_define
class AudioConfig:
    """Codec of a SIP call's audio. Supported: `OPUS` (16000, 24000 or 48000 Hz), `SPEEX`
    (16000 Hz), `LINEAR16` (44100 Hz), `MULAW` (8000 Hz), and `PCMU`.

        Example:
            {'encoding': 'OPUS', 'sampleRate': 48000}

    """

    encoding: AudioConfigEncoding | Unset = UNSET
    sample_rate: int | Unset = UNSET
    """ Sample rate in hertz. """
    sample_size: int | Unset = UNSET
    """ Bits per sample (Symbl's generated client only). """
    payload_type: int | Unset = UNSET
    """ RTP payload type number (Symbl's generated client only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        sample_rate = self.sample_rate

        sample_size = self.sample_size

        payload_type = self.payload_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if sample_rate is not UNSET:
            field_dict["sampleRate"] = sample_rate
        if sample_size is not UNSET:
            field_dict["sampleSize"] = sample_size
        if payload_type is not UNSET:
            field_dict["payloadType"] = payload_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _encoding = d.pop("encoding", UNSET)
        encoding: AudioConfigEncoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = AudioConfigEncoding(_encoding)

        sample_rate = d.pop("sampleRate", UNSET)

        sample_size = d.pop("sampleSize", UNSET)

        payload_type = d.pop("payloadType", UNSET)

        audio_config = cls(
            encoding=encoding,
            sample_rate=sample_rate,
            sample_size=sample_size,
            payload_type=payload_type,
        )

        audio_config.additional_properties = d
        return audio_config

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
