# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class StreamingTopic(Model):
    """A topic detected in real time."""

    phrases: str
    """ The topic's text. """

    id: str | Unset = UNSET

    type_: str | Unset = msgspec.field(default=UNSET, name="type")

    score: Annotated[float, msgspec.Meta(ge=0, le=1)] | Unset = UNSET

    message_references: list[StreamingMessageReference] | Unset = msgspec.field(default=UNSET, name="messageReferences")

    root_words: list[StreamingRootWord] | Unset = msgspec.field(default=UNSET, name="rootWords")

    message_index: Annotated[int, msgspec.Meta(ge=0)] | Unset = msgspec.field(default=UNSET, name="messageIndex")

    sentiment: Sentiment | Unset = UNSET
    """ Sentiment of a message or topic (en-US only). """


from ..models.sentiment import Sentiment
from ..models.streaming_message_reference import StreamingMessageReference
from ..models.streaming_root_word import StreamingRootWord
