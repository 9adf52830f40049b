# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import UNSET, Model, Unset


class StreamingChannel(Model):
    """The audio channel a message came from."""

    id: str | Unset = UNSET
