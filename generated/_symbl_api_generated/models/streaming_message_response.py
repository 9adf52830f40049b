# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated, ClassVar, Literal

import msgspec

from ..types import UNSET, Model, Unset


class StreamingMessageResponse(Model, tag_field="type", tag="message_response"):
    """Finalized transcript messages, sent as soon as they are processed (no insights).

    Example:
        {'type': 'message_response', 'messages': [{'id': '53867534-0459-4d22-b590-984ee82166aa', 'from': {'id':
            '2c0c7bd2-8a2d-4b0f-9e3c-6a0e1d3a9f10', 'name': 'Jane', 'userId': 'jane.doe@example.com'}, 'payload':
            {'content': 'I was very impressed by your profile, and I am excited to know more about you.', 'contentType':
            'text/plain'}, 'duration': {'startTime': '2022-08-23T01:13:21.784Z', 'endTime': '2022-08-23T01:13:26.101Z',
            'timeOffset': 5.12, 'duration': 4.32}}], 'sequenceNumber': 0}

    """

    type_: ClassVar[Literal["message_response"]] = "message_response"
    """The tag `type` that tells this model apart in a union (always "message_response")."""

    messages: list[StreamingMessage]

    sequence_number: Annotated[int, msgspec.Meta(ge=0)] | Unset = msgspec.field(default=UNSET, name="sequenceNumber")
    """ Order of this response among the connection's responses. """


from ..models.streaming_message import StreamingMessage
