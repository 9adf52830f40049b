# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class BookmarkList(Model):
    """Bookmarks of a conversation."""

    bookmarks: list[Bookmark]


from ..models.bookmark import Bookmark
