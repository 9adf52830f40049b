# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class CallScoreCriterion(Model):
    """The score on one criterion (for example `Communication and Engagement`)."""

    name: str

    score: Annotated[float, msgspec.Meta(ge=0, le=100)]

    summary: str | Unset = UNSET

    feedback: CallScoreFeedback | Unset = UNSET
    """ What went well and what did not for a criterion. """


from ..models.call_score_feedback import CallScoreFeedback
