# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class BookmarkSummary(Model):
    """Summary of one bookmark's span."""

    summary: list[SummaryItem]


from ..models.summary_item import SummaryItem
