# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import Model


class Polarity(Model):
    score: Annotated[float, msgspec.Meta(ge=-1, le=1)]
    """ Negative below -0.3, neutral from -0.3 to 0.3, positive above 0.3. """
