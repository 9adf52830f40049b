# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class AnalyticsOverlap(Model):
    """Overlapping speech of a member; empty for Async and Telephony conversations."""

    overlap_duration: Annotated[float, msgspec.Meta(ge=0)] | Unset = msgspec.field(
        default=UNSET, name="overlapDuration"
    )
    """ Seconds. """

    overlapping_members: list[AnalyticsOverlappingMember] | Unset = msgspec.field(
        default=UNSET, name="overlappingMembers"
    )


from ..models.analytics_overlapping_member import AnalyticsOverlappingMember
