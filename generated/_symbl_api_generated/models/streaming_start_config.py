# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class StreamingStartConfig(Model):
    """Recognition and insight settings of a `start_request`."""

    confidence_threshold: Annotated[float, msgspec.Meta(ge=0.5, le=1)] | Unset = msgspec.field(
        default=0.5, name="confidenceThreshold"
    )
    """ Minimum confidence for an insight to be reported. """

    language_code: str | Unset = msgspec.field(default="en-US", name="languageCode")
    """ BCP-47 language of the audio (streaming supports English; Spanish in Labs). """

    meeting_title: str | Unset = msgspec.field(default=UNSET, name="meetingTitle")
    """ Name of the meeting, used as the conversation name. """

    sentiment: bool | Unset = UNSET
    """ Add sentiment to `message_response` messages. """

    detect_entities: bool | Unset = msgspec.field(default=UNSET, name="detectEntities")
    """ Send `entity_response` messages. """

    speech_recognition: StreamingSpeechRecognition | Unset = msgspec.field(default=UNSET, name="speechRecognition")
    """ Format of the binary audio frames. Supported combinations: `LINEAR16` at 8000-48000
    Hz, `FLAC` at 16000 Hz and above, `MULAW` at 8000 Hz, `Opus` at 16000-48000 Hz (the
    per-encoding ranges are stated in words; the schema bounds the overall range).
     """

    trackers: StreamingTrackerConfig | Unset = UNSET
    """ Tracker detection settings of a streaming conversation. """


from ..models.streaming_speech_recognition import StreamingSpeechRecognition
from ..models.streaming_tracker_config import StreamingTrackerConfig
