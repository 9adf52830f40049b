# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import Model


class FollowUpList(Model):
    follow_ups: list[Insight] = msgspec.field(name="followUps")


from ..models.insight import Insight
