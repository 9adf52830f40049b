# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import UNSET, Model, Unset


class StreamingTrackerMatch(Model):
    """One vocabulary entry of a tracker and where it matched."""

    type_: str = msgspec.field(name="type")

    value: str
    """ The vocabulary entry that matched. """

    message_refs: list[MessageRef] | Unset = msgspec.field(default=UNSET, name="messageRefs")

    insight_refs: list[InsightRef] | Unset = msgspec.field(default=UNSET, name="insightRefs")


from ..models.insight_ref import InsightRef
from ..models.message_ref import MessageRef
