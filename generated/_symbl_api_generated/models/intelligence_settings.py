# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import UNSET, Model, Unset


class IntelligenceSettings(Model):
    """Defaults for insight features."""

    bookmarks: BookmarkSettings | Unset = UNSET
    """ Defaults for bookmarks. """


from ..models.bookmark_settings import BookmarkSettings
