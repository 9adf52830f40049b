# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..models.phrase_type import PhraseType
from ..types import Model


class Phrase(Model):
    """A key phrase detected in a message or insight.

    Example:
        {'type': 'action_phrase', 'text': '$69.99 per month'}

    """

    type_: PhraseType = msgspec.field(name="type")

    text: str
