# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..models.sales_stage import SalesStage
from ..types import UNSET, Model, Unset


class ProcessMetadata(Model):
    """Context about the call that tunes call score.

    Example:
        {'salesStage': 'qualification', 'prospectName': 'Acme'}

    """

    sales_stage: SalesStage | Unset = msgspec.field(default=UNSET, name="salesStage")
    """ Stage of the sales cycle the call belongs to (lower case). """

    prospect_name: str | Unset = msgspec.field(default=UNSET, name="prospectName")
    """ Name of the prospect (company or person) on the call. """
