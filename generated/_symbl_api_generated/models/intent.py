# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class Intent(Model):
    """An intent detected in a conversation (generated client only; loosely described)."""

    id: str

    intent: str
    """ The detected intent's name. """

    text: str | Unset = UNSET

    type_: str | Unset = msgspec.field(default=UNSET, name="type")

    score: Annotated[float, msgspec.Meta(ge=0, le=1)] | Unset = UNSET

    message_ids: list[str] | Unset = msgspec.field(default=UNSET, name="messageIds")

    alternatives: list[IntentAlternativesItem] | Unset = UNSET
    """ Other candidate intents; shape undocumented. """

    entities: list[IntentEntitiesItem] | Unset = UNSET
    """ Entities related to the intent; shape undocumented. """


from ..models.intent_alternatives_item import IntentAlternativesItem
from ..models.intent_entities_item import IntentEntitiesItem
