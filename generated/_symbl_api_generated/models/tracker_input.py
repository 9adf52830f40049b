# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import Model


class TrackerInput(Model):
    """A tracker (beta) to detect in one conversation.

    Example:
        {'name': 'Pricing', 'vocabulary': ['how much does it cost', 'pricing plan', 'discount']}

    """

    name: Annotated[str, msgspec.Meta(min_length=1)]
    """ Name of the tracker, reported with each match. """

    vocabulary: Annotated[list[str], msgspec.Meta(min_length=1)]
    """ Phrases that signal the tracker; similar phrases match too. 5 to 50 terms are
    recommended; only `.`, `'` and `-` punctuation is allowed.
     """
