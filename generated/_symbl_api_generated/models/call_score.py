# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class CallScore(Model):
    """Overall call score with per-criterion scores."""

    score: Annotated[float, msgspec.Meta(ge=0, le=100)]

    summary: str | Unset = UNSET

    criteria: list[CallScoreCriterion] | Unset = UNSET


from ..models.call_score_criterion import CallScoreCriterion
