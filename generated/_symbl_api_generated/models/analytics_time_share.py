# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class AnalyticsTimeShare(Model):
    """Talk or listen time of a member."""

    percentage: Annotated[float, msgspec.Meta(ge=0)] | Unset = UNSET
    """ Share of the conversation, 0-100. """

    seconds: Annotated[float, msgspec.Meta(ge=0)] | Unset = UNSET
