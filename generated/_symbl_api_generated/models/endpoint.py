# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..models.endpoint_type import EndpointType
from ..types import UNSET, Model, Unset


class Endpoint(Model):
    """Where Symbl dials in. For `pstn` give `phoneNumber` (and optionally `dtmf`); for `sip`
    give `uri` (and optionally `providerName` and `audioConfig`). `language`,
    `timezoneOffset`, `idleTimeout` and `transportConfig` appear only in Symbl's generated
    client.

    """

    type_: EndpointType = msgspec.field(name="type")
    """ Kind of connection. """

    phone_number: Annotated[str, msgspec.Meta(pattern="^\\+?[0-9]{6,15}$")] | Unset = msgspec.field(
        default=UNSET, name="phoneNumber"
    )
    """ PSTN number in E.164 digits, country code first (for example `14082924837`), without
    `00` or punctuation. Symbl's reference says to omit the leading `+`, while its
    browser sample sends one (`+16465588656`); both are accepted. Required when `type`
    is `pstn`.
     """

    dtmf: Annotated[str, msgspec.Meta(pattern="^[0-9A-Da-d*#,]+$")] | Unset = UNSET
    """ Keys to send once the call is answered; each `,` pauses 500 ms (for example
    `,,6671425093#,,3144#` for a meeting id then a passcode).
     """

    uri: Annotated[str, msgspec.Meta(pattern="^sips?:")] | Unset = UNSET
    """ SIP URI to call (for example `sip:8021@sip.example.com`). Required when `type` is `sip`. """

    provider_name: str | Unset = msgspec.field(default=UNSET, name="providerName")
    """ SIP provider label (Symbl's SIP example uses `Symbl`). """

    audio_config: AudioConfig | Unset = msgspec.field(default=UNSET, name="audioConfig")
    """ Codec of a SIP call's audio. Supported: `OPUS` (16000, 24000 or 48000 Hz), `SPEEX`
    (16000 Hz), `LINEAR16` (44100 Hz), `MULAW` (8000 Hz), and `PCMU`.
     """

    language: str | Unset = UNSET
    """ Language of the call (Symbl's generated client only; prefer `languages`). """

    timezone_offset: int | Unset = msgspec.field(default=UNSET, name="timezoneOffset")
    """ UTC offset of the caller in minutes (Symbl's generated client only). """

    idle_timeout: Annotated[int, msgspec.Meta(ge=-1)] | Unset = msgspec.field(default=UNSET, name="idleTimeout")
    """ Seconds of silence before Symbl hangs up; `-1` never (Symbl's generated client only). """

    transport_config: EndpointTransportConfig | Unset = msgspec.field(default=UNSET, name="transportConfig")
    """ Transport settings for SIP (Symbl's generated client only; shape undocumented). """


from ..models.audio_config import AudioConfig
from ..models.endpoint_transport_config import EndpointTransportConfig
