# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..models.analytics_metric_type import AnalyticsMetricType
from ..types import UNSET, Model, Unset


class AnalyticsMetric(Model):
    """A conversation-level metric."""

    type_: AnalyticsMetricType = msgspec.field(name="type")

    percent: Annotated[float, msgspec.Meta(ge=0)] | Unset = UNSET
    """ Share of the conversation, 0-100 (`percent` here, `percentage` on members). """

    seconds: Annotated[float, msgspec.Meta(ge=0)] | Unset = UNSET
