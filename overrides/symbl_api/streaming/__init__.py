"""Real-time Symbl: Streaming, Subscribe and telephony results over WebSocket.

    with client.streaming.connect(config={"speechRecognition": {"sampleRateHertz": 16000}}) as stream:
        stream.send_audio("call.wav", background=True, finish=True)
        for event in stream:
            print(event.type)
        conversation = stream.stop()

Events are typed (one class per server message of spec/asyncapi.yaml, `UnknownEvent` for the
rest); `StreamOptions` holds timeouts, reconnection and limits.
"""

from _symbl_api_generated._realtime import (
    ConversationCompletedEvent,
    ConversationCreatedEvent,
    EntityResponseEvent,
    ErrorEvent,
    InsightResponseEvent,
    MessageResponseEvent,
    RecognitionResultEvent,
    ServerEvent,
    TopicResponseEvent,
    TrackerResponseEvent,
    UnknownEvent,
)

from ._async import AsyncListenStream, AsyncStream
from ._core import StreamOptions
from ._errors import ReplayBufferFullError, StreamClosedError, StreamingError, StreamingServerError, StreamTimeoutError
from ._resource import AsyncStreaming, Streaming
from ._sync import ListenStream, Stream

__all__ = [
    "AsyncListenStream",
    "AsyncStream",
    "AsyncStreaming",
    "ConversationCompletedEvent",
    "ConversationCreatedEvent",
    "EntityResponseEvent",
    "ErrorEvent",
    "InsightResponseEvent",
    "ListenStream",
    "MessageResponseEvent",
    "RecognitionResultEvent",
    "ReplayBufferFullError",
    "ServerEvent",
    "Stream",
    "StreamClosedError",
    "StreamOptions",
    "StreamTimeoutError",
    "Streaming",
    "StreamingError",
    "StreamingServerError",
    "TopicResponseEvent",
    "TrackerResponseEvent",
    "UnknownEvent",
]
