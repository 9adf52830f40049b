# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class AnalyticsPace(Model):
    wpm: Annotated[float, msgspec.Meta(ge=0)] | Unset = UNSET
    """ Words per minute. """
