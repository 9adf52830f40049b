# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class ExperienceFont(Model):
    """Font of the whole page."""

    family: Annotated[str, msgspec.Meta(min_length=1)] | Unset = UNSET
    """ Name of a Google Fonts family, e.g. `roboto`. """
