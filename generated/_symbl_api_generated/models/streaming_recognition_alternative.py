# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class StreamingRecognitionAlternative(Model):
    """One recognition hypothesis."""

    transcript: str | Unset = UNSET

    confidence: Annotated[float, msgspec.Meta(ge=0, le=1)] | Unset = UNSET

    words: list[StreamingWord] | Unset = UNSET


from ..models.streaming_word import StreamingWord
