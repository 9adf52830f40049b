# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import UNSET, Model, Unset


class StreamingPunctuated(Model):
    """The recognized text with punctuation and capitalization."""

    transcript: str | Unset = UNSET
