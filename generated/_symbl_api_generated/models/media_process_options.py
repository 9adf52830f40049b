# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..models.language_code import LanguageCode
from ..models.process_mode import ProcessMode
from ..types import UNSET, Model, Unset


class MediaProcessOptions(Model):
    """Options that apply to audio and video only (speech recognition and speakers)."""

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


from ..models.channel_metadata import ChannelMetadata
