# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_type import EndpointType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Endpoint")


@_attrs_define
class Endpoint:
    """Where Symbl dials in. For `pstn` give `phoneNumber` (and optionally `dtmf`); for `sip`
    give `uri` (and optionally `providerName` and `audioConfig`). `language`,
    `timezoneOffset`, `idleTimeout` and `transportConfig` appear only in Symbl's generated
    client.

    """

    type_: EndpointType
    """ Kind of connection. """
    phone_number: str | Unset = UNSET
    """ PSTN number in E.164 digits, country code first (for example `14082924837`), without
    `00` or punctuation. Symbl's reference says to omit the leading `+`, while its
    browser sample sends one (`+16465588656`); both are accepted. Required when `type`
    is `pstn`.
     """
    dtmf: str | Unset = UNSET
    """ Keys to send once the call is answered; each `,` pauses 500 ms (for example
    `,,6671425093#,,3144#` for a meeting id then a passcode).
     """
    uri: str | Unset = UNSET
    """ SIP URI to call (for example `sip:8021@sip.example.com`). Required when `type` is `sip`. """
    provider_name: str | Unset = UNSET
    """ SIP provider label (Symbl's SIP example uses `Symbl`). """
    audio_config: AudioConfig | Unset = UNSET
    """ Codec of a SIP call's audio. Supported: `OPUS` (16000, 24000 or 48000 Hz), `SPEEX`
    (16000 Hz), `LINEAR16` (44100 Hz), `MULAW` (8000 Hz), and `PCMU`.
     """
    language: str | Unset = UNSET
    """ Language of the call (Symbl's generated client only; prefer `languages`). """
    timezone_offset: int | Unset = UNSET
    """ UTC offset of the caller in minutes (Symbl's generated client only). """
    idle_timeout: int | Unset = UNSET
    """ Seconds of silence before Symbl hangs up; `-1` never (Symbl's generated client only). """
    transport_config: EndpointTransportConfig | Unset = UNSET
    """ Transport settings for SIP (Symbl's generated client only; shape undocumented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        phone_number = self.phone_number

        dtmf = self.dtmf

        uri = self.uri

        provider_name = self.provider_name

        audio_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_config, Unset):
            audio_config = self.audio_config.to_dict()

        language = self.language

        timezone_offset = self.timezone_offset

        idle_timeout = self.idle_timeout

        transport_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transport_config, Unset):
            transport_config = self.transport_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if uri is not UNSET:
            field_dict["uri"] = uri
        if provider_name is not UNSET:
            field_dict["providerName"] = provider_name
        if audio_config is not UNSET:
            field_dict["audioConfig"] = audio_config
        if language is not UNSET:
            field_dict["language"] = language
        if timezone_offset is not UNSET:
            field_dict["timezoneOffset"] = timezone_offset
        if idle_timeout is not UNSET:
            field_dict["idleTimeout"] = idle_timeout
        if transport_config is not UNSET:
            field_dict["transportConfig"] = transport_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = EndpointType(d.pop("type"))

        phone_number = d.pop("phoneNumber", UNSET)

        dtmf = d.pop("dtmf", UNSET)

        uri = d.pop("uri", UNSET)

        provider_name = d.pop("providerName", UNSET)

        _audio_config = d.pop("audioConfig", UNSET)
        audio_config: AudioConfig | Unset
        if isinstance(_audio_config, Unset):
            audio_config = UNSET
        else:
            audio_config = AudioConfig.from_dict(_audio_config)

        language = d.pop("language", UNSET)

        timezone_offset = d.pop("timezoneOffset", UNSET)

        idle_timeout = d.pop("idleTimeout", UNSET)

        _transport_config = d.pop("transportConfig", UNSET)
        transport_config: EndpointTransportConfig | Unset
        if isinstance(_transport_config, Unset):
            transport_config = UNSET
        else:
            transport_config = EndpointTransportConfig.from_dict(_transport_config)

        endpoint = cls(
            type_=type_,
            phone_number=phone_number,
            dtmf=dtmf,
            uri=uri,
            provider_name=provider_name,
            audio_config=audio_config,
            language=language,
            timezone_offset=timezone_offset,
            idle_timeout=idle_timeout,
            transport_config=transport_config,
        )

        endpoint.additional_properties = d
        return endpoint

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


from ..models.audio_config import AudioConfig
from ..models.endpoint_transport_config import EndpointTransportConfig
