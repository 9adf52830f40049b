# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import Model


class BookmarksSummaryList(Model):
    """Summaries of the bookmarks of a conversation, one entry per bookmark."""

    bookmarks_summary: list[BookmarkSummaryEntry] = msgspec.field(name="bookmarksSummary")


from ..models.bookmark_summary_entry import BookmarkSummaryEntry
