# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import Model


class BookmarkSummaryEntry(Model):
    """The summary of one bookmark, tagged with the bookmark's id."""

    bookmark_id: Annotated[str, msgspec.Meta(min_length=1)] = msgspec.field(name="bookmarkId")
    """ Bookmark id (an opaque string; Symbl's examples do not fix its format). """

    summary: list[SummaryItem]


from ..models.summary_item import SummaryItem
