# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import UNSET, Model, Unset


class EndpointTimeZone(Model):
    """Time zone of the meeting."""

    name: str | Unset = UNSET
    """ IANA time-zone name. """

    offset: int | Unset = UNSET
    """ UTC offset in minutes. """
