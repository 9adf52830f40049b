# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import ClassVar, Literal

import msgspec

from ..types import Model


class StreamingModifyRequest(Model, tag_field="type", tag="modify_request"):
    """Changes the audio format mid-conversation, e.g. after an input device change.

    Example:
        {'type': 'modify_request', 'speechRecognition': {'encoding': 'LINEAR16', 'sampleRateHertz': 8000}}

    """

    type_: ClassVar[Literal["modify_request"]] = "modify_request"
    """The tag `type` that tells this model apart in a union (always "modify_request")."""

    speech_recognition: StreamingSpeechRecognition = msgspec.field(name="speechRecognition")
    """ Format of the binary audio frames. Supported combinations: `LINEAR16` at 8000-48000
    Hz, `FLAC` at 16000 Hz and above, `MULAW` at 8000 Hz, `Opus` at 16000-48000 Hz (the
    per-encoding ranges are stated in words; the schema bounds the overall range).
     """


from ..models.streaming_speech_recognition import StreamingSpeechRecognition
