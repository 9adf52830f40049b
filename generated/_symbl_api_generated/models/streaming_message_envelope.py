# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import ClassVar, Literal

import msgspec

from ..types import UNSET, Model, Unset


class StreamingMessageEnvelope(Model, tag_field="type", tag="message"):
    """The `message` envelope: either a live caption (`message.type` =
    `recognition_result`) or a lifecycle event (`started_listening`,
    `conversation_created`, ...). `conversation_created` carries the `conversationId`
    used with the REST Conversation API; subscribers read it from
    `message.data.conversationId`.

        Example:
            {'type': 'message', 'message': {'type': 'recognition_result', 'isFinal': True, 'payload': {'raw':
                {'alternatives': [{'transcript': 'how much does it cost', 'confidence': 0.94, 'words': [{'word': 'how',
                'startTime': {'seconds': '5', 'nanos': '100000000'}, 'endTime': {'seconds': '5', 'nanos': '300000000'}},
                {'word': 'much', 'startTime': {'seconds': '5', 'nanos': '300000000'}, 'endTime': {'seconds': '5', 'nanos':
                '500000000'}}]}]}}, 'punctuated': {'transcript': 'How much does it cost?'}, 'user': {'userId':
                'jane.doe@example.com', 'name': 'Jane'}}}

    """

    type_: ClassVar[Literal["message"]] = "message"
    """The tag `type` that tells this model apart in a union (always "message")."""

    message: (
        StreamingConversationCompletedEvent
        | StreamingConversationCreatedEvent
        | StreamingErrorEvent
        | StreamingRecognitionResult
        | StreamingRecognitionStartedEvent
        | StreamingRecognitionStoppedEvent
        | StreamingSessionModifiedEvent
        | StreamingStartedListeningEvent
    )

    time_offset: float | Unset = msgspec.field(default=UNSET, name="timeOffset")
    """ Offset of a recognition result in the stream (seen in Symbl's Go SDK structs). """


from ..models.streaming_conversation_completed_event import StreamingConversationCompletedEvent
from ..models.streaming_conversation_created_event import StreamingConversationCreatedEvent
from ..models.streaming_error_event import StreamingErrorEvent
from ..models.streaming_recognition_result import StreamingRecognitionResult
from ..models.streaming_recognition_started_event import StreamingRecognitionStartedEvent
from ..models.streaming_recognition_stopped_event import StreamingRecognitionStoppedEvent
from ..models.streaming_session_modified_event import StreamingSessionModifiedEvent
from ..models.streaming_started_listening_event import StreamingStartedListeningEvent
