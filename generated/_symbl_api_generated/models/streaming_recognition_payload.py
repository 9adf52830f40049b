# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import UNSET, Model, Unset


class StreamingRecognitionPayload(Model):
    """The recognizer's raw output."""

    raw: StreamingRecognitionRaw | Unset = UNSET


from ..models.streaming_recognition_raw import StreamingRecognitionRaw
