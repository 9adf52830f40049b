# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime
from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class Message(Model):
    """One message (sentence) of the transcript."""

    id: str

    text: str

    start_time: datetime.datetime = msgspec.field(name="startTime")
    """ ISO 8601 date-time in UTC. """

    end_time: datetime.datetime = msgspec.field(name="endTime")
    """ ISO 8601 date-time in UTC. """

    conversation_id: Annotated[str, msgspec.Meta(pattern="^[0-9]{1,32}$")] = msgspec.field(name="conversationId")
    """ Conversation id (a numeric string). """

    from_: Person | Unset = msgspec.field(default=UNSET, name="from")
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """

    time_offset: Annotated[float, msgspec.Meta(ge=0)] | Unset = msgspec.field(default=UNSET, name="timeOffset")
    """ Seconds from the start of the conversation (Labs; up to 2 decimals). """

    duration: Annotated[float, msgspec.Meta(ge=0)] | Unset = UNSET
    """ Length of the message in seconds (Labs; up to 2 decimals). """

    phrases: list[Phrase] | Unset = UNSET
    """ Key phrases (when `detectPhrases` was set at submission). """

    sentiment: Sentiment | Unset = UNSET
    """ Sentiment of a message or topic (en-US only). """

    words: list[Word] | Unset = UNSET
    """ Per-word timings (with `verbose=true`). """


from ..models.person import Person
from ..models.phrase import Phrase
from ..models.sentiment import Sentiment
from ..models.word import Word
