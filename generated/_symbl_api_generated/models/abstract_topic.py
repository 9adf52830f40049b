# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated, ClassVar, Literal

import msgspec

from ..types import UNSET, Model, Unset


class AbstractTopic(Model, tag_field="type", tag="abstract_topic"):
    """A higher-level theme of the conversation (Labs)."""

    type_: ClassVar[Literal["abstract_topic"]] = "abstract_topic"
    """The tag `type` that tells this model apart in a union (always "abstract_topic")."""

    id: str

    text: str

    score: Annotated[float, msgspec.Meta(ge=0, le=1)] | Unset = UNSET

    message_ids: list[str] | Unset = msgspec.field(default=UNSET, name="messageIds")
