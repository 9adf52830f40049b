# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime

import msgspec

from ..types import UNSET, Model, Unset


class SummaryItem(Model):
    """One sentence of a summary and the messages it condenses."""

    id: str

    text: str

    message_refs: list[MessageRef] | Unset = msgspec.field(default=UNSET, name="messageRefs")

    start_time: datetime.datetime | Unset = msgspec.field(default=UNSET, name="startTime")
    """ ISO 8601 date-time in UTC. """

    end_time: datetime.datetime | Unset = msgspec.field(default=UNSET, name="endTime")
    """ ISO 8601 date-time in UTC. """

    bookmark_reference: SummaryBookmarkReference | Unset = msgspec.field(default=UNSET, name="bookmarkReference")
    """ The bookmark a summary item was produced for (Go SDK only). """


from ..models.message_ref import MessageRef
from ..models.summary_bookmark_reference import SummaryBookmarkReference
