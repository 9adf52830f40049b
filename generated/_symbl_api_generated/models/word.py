# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime
from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class Word(Model):
    """One word of a message with its timing (returned with `verbose=true`)."""

    word: str

    start_time: datetime.datetime = msgspec.field(name="startTime")
    """ ISO 8601 date-time in UTC. """

    end_time: datetime.datetime = msgspec.field(name="endTime")
    """ ISO 8601 date-time in UTC. """

    score: Annotated[float, msgspec.Meta(ge=0, le=1)] | Unset = UNSET
    """ Recognition confidence; absent for text conversations. """

    time_offset: Annotated[float, msgspec.Meta(ge=0)] | Unset = msgspec.field(default=UNSET, name="timeOffset")
    """ Seconds from the start of the conversation. """

    duration: Annotated[float, msgspec.Meta(ge=0)] | Unset = UNSET
    """ Seconds. """

    speaker_tag: Annotated[int, msgspec.Meta(ge=0)] | Unset = msgspec.field(default=UNSET, name="speakerTag")
    """ Diarization speaker number. """
