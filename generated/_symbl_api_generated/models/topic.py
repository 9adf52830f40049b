# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class Topic(Model):
    """A topic of discussion."""

    id: str

    text: str

    type_: str = msgspec.field(name="type")
    """ Always `topic` in documented responses. """

    score: Annotated[float, msgspec.Meta(ge=0, le=1)] | Unset = UNSET
    """ Relevance of the topic. """

    message_ids: list[str] | Unset = msgspec.field(default=UNSET, name="messageIds")

    sentiment: Sentiment | Unset = UNSET
    """ Sentiment of a message or topic (en-US only). """

    parent_refs: list[ParentRef] | Unset = msgspec.field(default=UNSET, name="parentRefs")
    """ Parent topics (with `parentRefs=true`). """

    entities: list[EntityTag] | Unset = UNSET
    """ Entities in the topic (only in Symbl's generated client). """


from ..models.entity_tag import EntityTag
from ..models.parent_ref import ParentRef
from ..models.sentiment import Sentiment
