# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime
from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class StreamingMessageDuration(Model):
    """When a streaming message was spoken."""

    start_time: datetime.datetime | Unset = msgspec.field(default=UNSET, name="startTime")
    """ ISO 8601 date-time in UTC. """

    end_time: datetime.datetime | Unset = msgspec.field(default=UNSET, name="endTime")
    """ ISO 8601 date-time in UTC. """

    time_offset: Annotated[float, msgspec.Meta(ge=0)] | Unset = msgspec.field(default=UNSET, name="timeOffset")
    """ Seconds from the start of the conversation. """

    duration: Annotated[float, msgspec.Meta(ge=0)] | Unset = UNSET
    """ Length in seconds. """
