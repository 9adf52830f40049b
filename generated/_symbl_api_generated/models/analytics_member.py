# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import UNSET, Model, Unset


class AnalyticsMember(Model):
    """Speaking analytics of one member."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    email: str | Unset = UNSET

    user_id: str | Unset = msgspec.field(default=UNSET, name="userId")

    pace: AnalyticsPace | Unset = UNSET

    talk_time: AnalyticsTimeShare | Unset = msgspec.field(default=UNSET, name="talkTime")
    """ Talk or listen time of a member. """

    listen_time: AnalyticsTimeShare | Unset = msgspec.field(default=UNSET, name="listenTime")
    """ Talk or listen time of a member. """

    overlap: AnalyticsOverlap | Unset = UNSET
    """ Overlapping speech of a member; empty for Async and Telephony conversations. """


from ..models.analytics_overlap import AnalyticsOverlap
from ..models.analytics_pace import AnalyticsPace
from ..models.analytics_time_share import AnalyticsTimeShare
