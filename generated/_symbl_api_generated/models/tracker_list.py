# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class TrackerList(Model):
    """Several trackers, wrapped."""

    trackers: list[Tracker]


from ..models.tracker import Tracker
