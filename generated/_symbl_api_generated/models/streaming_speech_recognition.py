# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..models.streaming_speech_recognition_encoding import StreamingSpeechRecognitionEncoding
from ..types import Model, Unset


class StreamingSpeechRecognition(Model):
    """Format of the binary audio frames. Supported combinations: `LINEAR16` at 8000-48000
    Hz, `FLAC` at 16000 Hz and above, `MULAW` at 8000 Hz, `Opus` at 16000-48000 Hz (the
    per-encoding ranges are stated in words; the schema bounds the overall range).

        Example:
            {'encoding': 'LINEAR16', 'sampleRateHertz': 16000}

    """

    encoding: StreamingSpeechRecognitionEncoding | Unset = StreamingSpeechRecognitionEncoding.LINEAR16
    """ Audio encoding. """

    sample_rate_hertz: Annotated[int, msgspec.Meta(ge=8000, le=48000)] | Unset = msgspec.field(
        default=16000, name="sampleRateHertz"
    )
    """ Sample rate of the audio; give the real rate for best results. """
