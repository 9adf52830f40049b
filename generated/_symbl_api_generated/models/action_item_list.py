# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import Model


class ActionItemList(Model):
    action_items: list[Insight] = msgspec.field(name="actionItems")


from ..models.insight import Insight
