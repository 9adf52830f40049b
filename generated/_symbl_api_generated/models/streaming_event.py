# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..models.streaming_event_type import StreamingEventType
from ..types import UNSET, Model, Unset


class StreamingEvent(Model):
    """A lifecycle event inside a `message` envelope; `data` details it.

    Example:
        {'type': 'conversation_created', 'data': {'conversationId': '5815170693595136'}}

    """

    type_: StreamingEventType = msgspec.field(name="type")
    """ A lifecycle event of a streaming connection. """

    data: StreamingEventData | Unset = UNSET
    """ Details of a lifecycle event; open, as Symbl adds fields per event. """


from ..models.streaming_event_data import StreamingEventData
