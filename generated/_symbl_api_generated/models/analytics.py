# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class Analytics(Model):
    """Conversation analytics."""

    metrics: list[AnalyticsMetric]

    members: list[AnalyticsMember]


from ..models.analytics_member import AnalyticsMember
from ..models.analytics_metric import AnalyticsMetric
