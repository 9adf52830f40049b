# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import UNSET, Model, Unset


class CallScoreFeedback(Model):
    """What went well and what did not for a criterion."""

    positive: CallScoreFeedbackItem | Unset = UNSET

    negative: CallScoreFeedbackItem | Unset = UNSET


from ..models.call_score_feedback_item import CallScoreFeedbackItem
