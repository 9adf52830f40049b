# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import UNSET, Model, Unset


class StreamingDetectedTracker(Model):
    """A tracker with the matches found so far."""

    name: str

    matches: list[StreamingTrackerMatch]

    id: str | Unset = UNSET


from ..models.streaming_tracker_match import StreamingTrackerMatch
