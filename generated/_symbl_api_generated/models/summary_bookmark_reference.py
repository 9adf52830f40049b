# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class SummaryBookmarkReference(Model):
    """The bookmark a summary item was produced for (Go SDK only)."""

    id: str
