# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import Model


class SpeakerEventOffset(Model):
    """Time from the start of the conversation as seconds plus nanoseconds. `nanos` is not
    capped at 999999999 because Symbl's examples use 5000000000.

    """

    seconds: Annotated[int, msgspec.Meta(ge=0)]

    nanos: Annotated[int, msgspec.Meta(ge=0)]
