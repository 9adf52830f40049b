# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime

import msgspec

from ..types import UNSET, Model, Unset


class TextMessageDuration(Model):
    """When the message started and ended. Symbl computes it when it is omitted."""

    start_time: datetime.datetime | Unset = msgspec.field(default=UNSET, name="startTime")
    """ ISO 8601 date-time in UTC. """

    end_time: datetime.datetime | Unset = msgspec.field(default=UNSET, name="endTime")
    """ ISO 8601 date-time in UTC. """
