# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import UNSET, Model, Unset


class StreamingRecognitionRaw(Model):
    alternatives: list[StreamingRecognitionAlternative] | Unset = UNSET


from ..models.streaming_recognition_alternative import StreamingRecognitionAlternative
