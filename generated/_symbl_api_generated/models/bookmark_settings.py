# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class BookmarkSettings(Model):
    """Defaults for bookmarks."""

    duration: Annotated[int, msgspec.Meta(ge=1)] | Unset = UNSET
    """ Default bookmark length in seconds. """
