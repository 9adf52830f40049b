# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..models.audio_config_encoding import AudioConfigEncoding
from ..types import UNSET, Model, Unset


class AudioConfig(Model):
    """Codec of a SIP call's audio. Supported: `OPUS` (16000, 24000 or 48000 Hz), `SPEEX`
    (16000 Hz), `LINEAR16` (44100 Hz), `MULAW` (8000 Hz), and `PCMU`.

        Example:
            {'encoding': 'OPUS', 'sampleRate': 48000}

    """

    encoding: AudioConfigEncoding | Unset = UNSET

    sample_rate: Annotated[int, msgspec.Meta(ge=8000, le=48000)] | Unset = msgspec.field(
        default=UNSET, name="sampleRate"
    )
    """ Sample rate in hertz. """

    sample_size: Annotated[int, msgspec.Meta(ge=1)] | Unset = msgspec.field(default=UNSET, name="sampleSize")
    """ Bits per sample (Symbl's generated client only). """

    payload_type: Annotated[int, msgspec.Meta(ge=0, le=127)] | Unset = msgspec.field(default=UNSET, name="payloadType")
    """ RTP payload type number (Symbl's generated client only). """
