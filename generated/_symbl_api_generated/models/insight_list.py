# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class InsightList(Model):
    """Legacy combined list of questions, action items and follow-ups."""

    insights: list[Insight]


from ..models.insight import Insight
