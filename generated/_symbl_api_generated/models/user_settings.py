# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import UNSET, Model, Unset


class UserSettings(Model):
    """Account settings; only configured sections are present."""

    id: str | Unset = UNSET
    """ Static id of the account's settings record (listed in Symbl's redaction guide). """

    intelligence: IntelligenceSettings | Unset = UNSET
    """ Defaults for insight features. """

    redaction: RedactionSettings | Unset = UNSET
    """ How personal information is redacted in transcripts by default.
     """


from ..models.intelligence_settings import IntelligenceSettings
from ..models.redaction_settings import RedactionSettings
