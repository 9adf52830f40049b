# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class TrackerEnvelope(Model):
    """One tracker, wrapped."""

    tracker: Tracker
    """ An account-wide tracker. Trackers created through the 2022 API carry only `id`,
    `name` and `vocabulary`.
     """


from ..models.tracker import Tracker
