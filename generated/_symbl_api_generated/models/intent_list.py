# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class IntentList(Model):
    intents: list[Intent]


from ..models.intent import Intent
