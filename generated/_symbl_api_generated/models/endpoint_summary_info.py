# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import UNSET, Model, Unset


class EndpointSummaryInfo(Model):
    """A summary UI link for one recipient."""

    user: str | Unset = UNSET
    """ The recipient (an email address or name). """

    url: str | Unset = UNSET
    """ Link to the summary UI. """
