# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import UNSET, Model, Unset


class StreamingInsightHint(Model):
    """A key/value hint attached to an insight."""

    key: str | Unset = UNSET

    value: str | Unset = UNSET
