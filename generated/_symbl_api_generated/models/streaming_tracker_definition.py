# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import Model


class StreamingTrackerDefinition(Model):
    """A tracker defined inline for one streaming conversation."""

    name: Annotated[str, msgspec.Meta(min_length=1)]

    vocabulary: Annotated[list[str], msgspec.Meta(min_length=1)]
