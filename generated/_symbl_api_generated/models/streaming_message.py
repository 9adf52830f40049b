# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import UNSET, Model, Unset


class StreamingMessage(Model):
    """One finalized message of a streaming conversation."""

    payload: StreamingPayload
    """ Text content of a streaming message or insight. """

    id: str | Unset = UNSET
    """ Message id (a UUID in Symbl's streaming examples). """

    from_: Person | Unset = msgspec.field(default=UNSET, name="from")
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """

    duration: StreamingMessageDuration | Unset = UNSET
    """ When a streaming message was spoken. """

    sentiment: Sentiment | Unset = UNSET
    """ Sentiment of a message or topic (en-US only). """

    channel: StreamingChannel | Unset = UNSET
    """ The audio channel a message came from. """

    metadata: StreamingMessageMetadata | Unset = UNSET
    """ Processing details of a message (fields seen in Symbl's Go SDK). """

    dismissed: bool | Unset = UNSET


from ..models.person import Person
from ..models.sentiment import Sentiment
from ..models.streaming_channel import StreamingChannel
from ..models.streaming_message_duration import StreamingMessageDuration
from ..models.streaming_message_metadata import StreamingMessageMetadata
from ..models.streaming_payload import StreamingPayload
