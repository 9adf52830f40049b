# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset, check_unique


class LegacyTrackerUpdate(Model):
    """Body of the deprecated `PUT /v1/manage/tracker/{trackerId}`."""

    name: Annotated[str, msgspec.Meta(min_length=1)]

    vocabulary: Annotated[list[str], msgspec.Meta(min_length=1)]

    id: Annotated[str, msgspec.Meta(pattern="^[0-9]{1,32}$")] | Unset = UNSET
    """ The tracker's id; when given it must equal `trackerId` in the path. """

    def __post_init__(self) -> None:
        check_unique("vocabulary", self.vocabulary)
