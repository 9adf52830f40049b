# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated, Literal

import msgspec

from ..types import UNSET, Model, Unset


class AbstractTopic(Model):
    """A higher-level theme of the conversation (Labs)."""

    id: str

    text: str

    type_: Literal["abstract_topic"] = msgspec.field(name="type")

    score: Annotated[float, msgspec.Meta(ge=0, le=1)] | Unset = UNSET

    message_ids: list[str] | Unset = msgspec.field(default=UNSET, name="messageIds")
