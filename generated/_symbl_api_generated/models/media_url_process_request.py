# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime
from typing import Annotated

import msgspec

from ..models.conversation_type import ConversationType
from ..models.language_code import LanguageCode
from ..models.process_mode import ProcessMode
from ..types import UNSET, Model, Unset


class MediaUrlProcessRequest(Model):
    """Body of the audio and video URL operations (submit and append).

    Example:
        {'url': 'https://symbltestdata.s3.us-east-2.amazonaws.com/sample_audio_file.wav', 'name': 'Business Meeting',
            'languageCode': 'en-US', 'enableSpeakerDiarization': True, 'diarizationSpeakerCount': 2}

    """

    url: str
    """ Public, direct URL of the file (no redirects, no YouTube-style pages). Symbl
    downloads it once when the job starts.
     """

    name: Annotated[str, msgspec.Meta(min_length=1)] | Unset = UNSET
    """ Name of the conversation. Defaults to the conversation id. """

    webhook_url: str | Unset = msgspec.field(default=UNSET, name="webhookUrl")
    """ URL Symbl POSTs `{jobId, status}` to on every status change of the job. """

    confidence_threshold: Annotated[float, msgspec.Meta(ge=0.5, le=1.0)] | Unset = msgspec.field(
        default=UNSET, name="confidenceThreshold"
    )
    """ Minimum confidence for an insight (question, action item, follow-up) to be reported.
    The 2022 documentation gives the range 0.5 to 1.0 and Symbl's generated client says
    "above 0.5"; older text said 0.0 to 1.0. This description takes 0.5 to 1.0.
     """

    detect_phrases: bool | Unset = msgspec.field(default=False, name="detectPhrases")
    """ Add the actionable phrases found in each message (`phrases[]`) to the transcript. """

    detect_entities: bool | Unset = msgspec.field(default=False, name="detectEntities")
    """ Detect entities (people, dates, amounts, PII...) in the conversation. """

    entities: list[CustomEntityInput] | Unset = UNSET
    """ Custom entities to detect in this conversation. """

    trackers: list[TrackerInput] | Unset = UNSET
    """ Trackers (beta) to detect in this conversation in addition to the account's. """

    enable_all_trackers: bool | Unset = msgspec.field(default=UNSET, name="enableAllTrackers")
    """ Detect every tracker defined in the account. The sources disagree on the default
    (off in the 2022 documentation, on for all conversations in newer guides), so none
    is stated; send it explicitly.
     """

    enable_summary: bool | Unset = msgspec.field(default=UNSET, name="enableSummary")
    """ Compute the conversation summary while processing (alpha). """

    features: ProcessFeatures | Unset = UNSET
    """ Extra features to compute. Call score needs both `insights` and `callScore`. """

    metadata: ProcessMetadata | Unset = UNSET
    """ Context about the call that tunes call score. """

    conversation_type: ConversationType | Unset = msgspec.field(default=UNSET, name="conversationType")
    """ `sales` for sales calls, `general` for everything else; used by call score. """

    custom_vocabulary: list[str] | Unset = msgspec.field(default=UNSET, name="customVocabulary")
    """ Words and phrases likely to occur in the recording, as hints for speech recognition. """

    language_code: LanguageCode | Unset = msgspec.field(default=UNSET, name="languageCode")
    """ BCP-47 language of the recording (Async audio/video and Telephony). Insights other than
    the transcript are computed for English only; sentiment for en-US only.
     """

    mode: ProcessMode | Unset = UNSET
    """ `phone` for 8 kHz telephony audio, `default` otherwise. """

    enable_separate_recognition_per_channel: bool | Unset = msgspec.field(
        default=False, name="enableSeparateRecognitionPerChannel"
    )
    """ Recognise each audio channel separately, one speaker per channel (describe them with
    `channelMetadata`). Billed as duration times the number of channels.
     """

    channel_metadata: list[ChannelMetadata] | Unset = msgspec.field(default=UNSET, name="channelMetadata")
    """ Speaker of each channel, used with `enableSeparateRecognitionPerChannel`. """

    enable_speaker_diarization: bool | Unset = msgspec.field(default=False, name="enableSpeakerDiarization")
    """ Separate speakers in a single-channel recording (English and Spanish only). Takes
    priority over `enableSeparateRecognitionPerChannel`.
     """

    diarization_speaker_count: Annotated[int, msgspec.Meta(ge=1)] | Unset = msgspec.field(
        default=UNSET, name="diarizationSpeakerCount"
    )
    """ Number of distinct speakers in the recording, used with `enableSpeakerDiarization`.
    Symbl documents no upper bound.
     """

    timezone_offset: Annotated[int, msgspec.Meta(ge=-720, le=840)] | Unset = msgspec.field(
        default=UNSET, name="timezoneOffset"
    )
    """ Offset of the recording's time zone from UTC, in minutes. Legacy field seen only
    in Symbl's draft OpenAPI file and old examples.
     """

    start_time: datetime.datetime | Unset = msgspec.field(default=UNSET, name="startTime")
    """ ISO 8601 date-time in UTC. """


from ..models.channel_metadata import ChannelMetadata
from ..models.custom_entity_input import CustomEntityInput
from ..models.process_features import ProcessFeatures
from ..models.process_metadata import ProcessMetadata
from ..models.tracker_input import TrackerInput
