# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import UNSET, Model, Unset


class StreamingMessageReference(Model):
    """A reference to a streaming message."""

    id: str

    relation: str | Unset = UNSET
