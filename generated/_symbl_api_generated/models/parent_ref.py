# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import Model


class ParentRef(Model):
    """A parent topic in the topic hierarchy."""

    type_: str = msgspec.field(name="type")

    text: str
