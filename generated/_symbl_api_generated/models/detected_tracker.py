# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class DetectedTracker(Model):
    """A tracker detected in a conversation."""

    id: str

    name: str

    matches: list[DetectedTrackerMatch]


from ..models.detected_tracker_match import DetectedTrackerMatch
