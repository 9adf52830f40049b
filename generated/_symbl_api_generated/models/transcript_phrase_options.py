# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import UNSET, Model, Unset


class TranscriptPhraseOptions(Model):
    """Key-phrase highlighting (Markdown only; highlights are `<mark>` tags)."""

    highlight_only_insight_key_phrases: bool | Unset = msgspec.field(
        default=UNSET, name="highlightOnlyInsightKeyPhrases"
    )
    """ Highlight only the key phrases of insights. """

    highlight_all_key_phrases: bool | Unset = msgspec.field(default=UNSET, name="highlightAllKeyPhrases")
    """ Highlight every key phrase. """
