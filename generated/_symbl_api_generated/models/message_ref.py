# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime
from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class MessageRef(Model):
    """A reference to a message, with the matched text and position where known.

    Example:
        {'id': '4667009028587520', 'text': 'How much does it cost?', 'offset': -1}

    """

    id: str

    text: str | Unset = UNSET

    offset: Annotated[int, msgspec.Meta(ge=-1)] | Unset = UNSET
    """ Character offset of an exact match; -1 for a semantic match. """

    start_time: datetime.datetime | Unset = msgspec.field(default=UNSET, name="startTime")
    """ ISO 8601 date-time in UTC. """

    end_time: datetime.datetime | Unset = msgspec.field(default=UNSET, name="endTime")
    """ ISO 8601 date-time in UTC. """
