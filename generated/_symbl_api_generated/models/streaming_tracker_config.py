# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import UNSET, Model, Unset


class StreamingTrackerConfig(Model):
    """Tracker detection settings of a streaming conversation."""

    enable_all_trackers: bool | Unset = msgspec.field(default=UNSET, name="enableAllTrackers")
    """ Detect every tracker of the account (created with the management API). """

    interim_results: bool | Unset = msgspec.field(default=UNSET, name="interimResults")
    """ Send tracker matches as soon as found instead of on final transcripts only. """
