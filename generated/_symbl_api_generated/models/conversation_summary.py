# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class ConversationSummary(Model):
    """A summary as a list of sentences."""

    summary: list[SummaryItem]


from ..models.summary_item import SummaryItem
