# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""The real-time channels and messages of spec/asyncapi.yaml (Symbl.ai real-time API 1.0.0).

Server frames decode with msgspec, straight from the text, into the generated models
(`models.Streaming...`, tagged by their `type` const): one event class per server message wraps
its model, with shortcuts named by the spec's x-symbl-fields / x-symbl-items. Also the tables the
streaming client and the mock read: channels by key, messages by name, how to tell them apart.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Union

import msgspec

from .models import (
    Person,
    StreamingBookmarkResponse,
    StreamingDetectedEntity,
    StreamingDetectedTracker,
    StreamingEntityResponse,
    StreamingInsight,
    StreamingInsightResponse,
    StreamingMessage,
    StreamingMessageEnvelope,
    StreamingMessageResponse,
    StreamingTopic,
    StreamingTopicResponse,
    StreamingTrackerResponse,
)
from .types import UNSET

ASYNCAPI_TITLE = "Symbl.ai real-time API"
ASYNCAPI_VERSION = "1.0.0"
SERVERS: dict[str, str] = {
    "labs": "wss://api-labs.symbl.ai",
    "mock": "ws://127.0.0.1:8700",
    "production": "wss://api.symbl.ai",
}
# Where the access token may go on the upgrade request (name, location).
TOKEN_LOCATIONS: tuple[tuple[str, str], ...] = (
    ("access_token", "query"),
    ("X-API-KEY", "header"),
    ("Sec-WebSocket-Protocol", "header"),
)


def dig(frame: Any, path: tuple[str, ...]) -> Any:
    """The value at the wire-name `path` inside a model or a mapping, None when any step is missing."""
    node: Any = frame
    for step in path:
        if isinstance(node, msgspec.Struct):
            config = node.__struct_config__
            if step == config.tag_field:
                node = config.tag
                continue
            try:
                node = getattr(node, node.__struct_fields__[node.__struct_encode_fields__.index(step)])
            except ValueError:
                return None
        elif isinstance(node, Mapping):
            node = node.get(step)
        else:
            return None
        if node is UNSET:
            return None
    return node


@dataclass(frozen=True, slots=True)
class Channel:
    """A WebSocket address: `stream` channels take audio and control messages, `listen` ones only send."""

    key: str
    address: str
    role: str
    alias_of: str | None
    close_codes: frozenset[int]
    sends: tuple[str, ...]
    receives: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Message:
    """A message of the spec; `match` holds the (path, value) pairs that identify a JSON one."""

    key: str
    name: str
    direction: str
    binary: bool
    match: tuple[tuple[tuple[str, ...], str], ...]
    payload: str | None
    max_bytes: int | None
    summary: str


@dataclass(frozen=True, slots=True)
class ServerEvent:
    """A message from the server: `frame` is its decoded model, `type` its message name."""

    frame: Any
    name: ClassVar[str] = ""

    @property
    def type(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.frame!r})"


@dataclass(frozen=True, slots=True, repr=False)
class UnknownEvent(ServerEvent):
    """A message this client cannot type, kept, never dropped: `frame` is the decoded JSON.

    Either a type the spec lacks (the API is newer than the spec) or, with `problem` set, a frame
    that does not match its schema (msgspec's message, naming the JSON path).
    """

    frame: Mapping[str, Any]
    problem: str | None = None

    @property
    def type(self) -> str:
        return ".".join(str(v) for v in match_key(self.frame) if v is not None) or "unknown"


@dataclass(frozen=True, slots=True, repr=False)
class StartedListeningEvent(ServerEvent):
    """The service is ready for audio."""

    frame: StreamingMessageEnvelope
    name: ClassVar[str] = "started_listening"

    @property
    def conversation_id(self) -> str | None:
        """`message.data.conversationId` of the frame, None when absent."""
        return dig(self.frame, ("message", "data", "conversationId"))  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True, repr=False)
class ConversationCreatedEvent(ServerEvent):
    """Carries the `conversationId` for the REST Conversation API."""

    frame: StreamingMessageEnvelope
    name: ClassVar[str] = "conversation_created"

    @property
    def conversation_id(self) -> str | None:
        """`message.data.conversationId` of the frame, None when absent."""
        return dig(self.frame, ("message", "data", "conversationId"))  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True, repr=False)
class RecognitionStartedEvent(ServerEvent):
    """Recognition started"""

    frame: StreamingMessageEnvelope
    name: ClassVar[str] = "recognition_started"

    @property
    def conversation_id(self) -> str | None:
        """`message.data.conversationId` of the frame, None when absent."""
        return dig(self.frame, ("message", "data", "conversationId"))  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True, repr=False)
class SessionModifiedEvent(ServerEvent):
    """A `modify_request` took effect."""

    frame: StreamingMessageEnvelope
    name: ClassVar[str] = "session_modified"

    @property
    def conversation_id(self) -> str | None:
        """`message.data.conversationId` of the frame, None when absent."""
        return dig(self.frame, ("message", "data", "conversationId"))  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True, repr=False)
class RecognitionStoppedEvent(ServerEvent):
    """Recognition stopped"""

    frame: StreamingMessageEnvelope
    name: ClassVar[str] = "recognition_stopped"

    @property
    def conversation_id(self) -> str | None:
        """`message.data.conversationId` of the frame, None when absent."""
        return dig(self.frame, ("message", "data", "conversationId"))  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True, repr=False)
class ConversationCompletedEvent(ServerEvent):
    """The last message after a `stop_request`; the conversation is complete over REST."""

    frame: StreamingMessageEnvelope
    name: ClassVar[str] = "conversation_completed"

    @property
    def conversation_id(self) -> str | None:
        """`message.data.conversationId` of the frame, None when absent."""
        return dig(self.frame, ("message", "data", "conversationId"))  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True, repr=False)
class ErrorEvent(ServerEvent):
    """What went wrong (`data.message`) and the close code that follows (`data.code`)."""

    frame: StreamingMessageEnvelope
    name: ClassVar[str] = "error"

    @property
    def conversation_id(self) -> str | None:
        """`message.data.conversationId` of the frame, None when absent."""
        return dig(self.frame, ("message", "data", "conversationId"))  # type: ignore[no-any-return]

    @property
    def error_message(self) -> str | None:
        """`message.data.message` of the frame, None when absent."""
        return dig(self.frame, ("message", "data", "message"))  # type: ignore[no-any-return]

    @property
    def code(self) -> int | None:
        """`message.data.code` of the frame, None when absent."""
        return dig(self.frame, ("message", "data", "code"))  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True, repr=False)
class RecognitionResultEvent(ServerEvent):
    """A live caption, interim (`isFinal` false) or final."""

    frame: StreamingMessageEnvelope
    name: ClassVar[str] = "recognition_result"

    @property
    def is_final(self) -> bool | None:
        """`message.isFinal` of the frame, None when absent."""
        return dig(self.frame, ("message", "isFinal"))  # type: ignore[no-any-return]

    @property
    def transcript(self) -> str | None:
        """`message.punctuated.transcript` of the frame, None when absent."""
        return dig(self.frame, ("message", "punctuated", "transcript"))  # type: ignore[no-any-return]

    @property
    def user(self) -> Union["Person", None]:
        """`message.user` of the frame, None when absent."""
        return dig(self.frame, ("message", "user"))  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True, repr=False)
class MessageResponseEvent(ServerEvent):
    """Finalized transcript messages."""

    frame: StreamingMessageResponse
    name: ClassVar[str] = "message_response"

    @property
    def messages(self) -> list["StreamingMessage"]:
        """`messages` of the frame (empty when absent)."""
        return dig(self.frame, ("messages",)) or []


@dataclass(frozen=True, slots=True, repr=False)
class InsightResponseEvent(ServerEvent):
    """Questions, action items and follow-ups as they are detected."""

    frame: StreamingInsightResponse
    name: ClassVar[str] = "insight_response"

    @property
    def insights(self) -> list["StreamingInsight"]:
        """`insights` of the frame (empty when absent)."""
        return dig(self.frame, ("insights",)) or []


@dataclass(frozen=True, slots=True, repr=False)
class TopicResponseEvent(ServerEvent):
    """Topics"""

    frame: StreamingTopicResponse
    name: ClassVar[str] = "topic_response"

    @property
    def topics(self) -> list["StreamingTopic"]:
        """`topics` of the frame (empty when absent)."""
        return dig(self.frame, ("topics",)) or []


@dataclass(frozen=True, slots=True, repr=False)
class TrackerResponseEvent(ServerEvent):
    """Tracker matches"""

    frame: StreamingTrackerResponse
    name: ClassVar[str] = "tracker_response"

    @property
    def trackers(self) -> list["StreamingDetectedTracker"]:
        """`trackers` of the frame (empty when absent)."""
        return dig(self.frame, ("trackers",)) or []


@dataclass(frozen=True, slots=True, repr=False)
class EntityResponseEvent(ServerEvent):
    """Entities"""

    frame: StreamingEntityResponse
    name: ClassVar[str] = "entity_response"

    @property
    def entities(self) -> list["StreamingDetectedEntity"]:
        """`entities` of the frame (empty when absent)."""
        return dig(self.frame, ("entities",)) or []


@dataclass(frozen=True, slots=True, repr=False)
class BookmarkResponseEvent(ServerEvent):
    """Bookmark"""

    frame: StreamingBookmarkResponse
    name: ClassVar[str] = "bookmark_response"


MATCH_PATHS: tuple[tuple[str, ...], ...] = (
    ("type",),
    ("message", "type"),
)


def match_key(frame: Any) -> tuple[Any, ...]:
    """The values of a frame (model or mapping) at MATCH_PATHS: the key of EVENTS and CLIENT_MESSAGES."""
    return tuple(dig(frame, path) for path in MATCH_PATHS)


CHANNELS: dict[str, Channel] = {
    "streaming": Channel(
        key="streaming",
        address="/v1/streaming/{connectionId}",
        role="stream",
        alias_of=None,
        close_codes=frozenset((1001, 1006, 1011, 1012, 1013)),
        sends=("start_request", "stop_request", "modify_request", "bookmark_request", "audio"),
        receives=(
            "started_listening",
            "conversation_created",
            "recognition_started",
            "session_modified",
            "recognition_stopped",
            "conversation_completed",
            "error",
            "recognition_result",
            "message_response",
            "insight_response",
            "topic_response",
            "tracker_response",
            "entity_response",
            "bookmark_response",
        ),
    ),
    "realtimeInsights": Channel(
        key="realtimeInsights",
        address="/v1/realtime/insights/{connectionId}",
        role="stream",
        alias_of="streaming",
        close_codes=frozenset((1001, 1006, 1011, 1012, 1013)),
        sends=("start_request", "stop_request", "modify_request", "bookmark_request", "audio"),
        receives=(
            "started_listening",
            "conversation_created",
            "recognition_started",
            "session_modified",
            "recognition_stopped",
            "conversation_completed",
            "error",
            "recognition_result",
            "message_response",
            "insight_response",
            "topic_response",
            "tracker_response",
            "entity_response",
            "bookmark_response",
        ),
    ),
    "subscribe": Channel(
        key="subscribe",
        address="/v1/subscribe/{connectionId}",
        role="listen",
        alias_of=None,
        close_codes=frozenset((1001, 1006, 1011, 1012, 1013)),
        sends=(),
        receives=(
            "started_listening",
            "conversation_created",
            "recognition_started",
            "session_modified",
            "recognition_stopped",
            "conversation_completed",
            "error",
            "recognition_result",
            "message_response",
            "insight_response",
            "topic_response",
            "tracker_response",
            "entity_response",
            "bookmark_response",
        ),
    ),
    "telephonyEvents": Channel(
        key="telephonyEvents",
        address="/events/{connectionId}",
        role="listen",
        alias_of=None,
        close_codes=frozenset((1001, 1006, 1011, 1012, 1013)),
        sends=(),
        receives=(
            "started_listening",
            "conversation_created",
            "recognition_started",
            "session_modified",
            "recognition_stopped",
            "conversation_completed",
            "error",
            "recognition_result",
            "message_response",
            "insight_response",
            "topic_response",
            "tracker_response",
            "entity_response",
            "bookmark_response",
        ),
    ),
    "telephonySubscribe": Channel(
        key="telephonySubscribe",
        address="/session/subscribe/{connectionId}",
        role="listen",
        alias_of="telephonyEvents",
        close_codes=frozenset((1001, 1006, 1011, 1012, 1013)),
        sends=(),
        receives=(
            "started_listening",
            "conversation_created",
            "recognition_started",
            "session_modified",
            "recognition_stopped",
            "conversation_completed",
            "error",
            "recognition_result",
            "message_response",
            "insight_response",
            "topic_response",
            "tracker_response",
            "entity_response",
            "bookmark_response",
        ),
    ),
}

MESSAGES: dict[str, Message] = {
    "start_request": Message(
        key="startRequest",
        name="start_request",
        direction="client",
        binary=False,
        match=((("type",), "start_request"),),
        payload="StreamingStartRequest",
        max_bytes=None,
        summary="Starts recognition; send audio right after it.",
    ),
    "stop_request": Message(
        key="stopRequest",
        name="stop_request",
        direction="client",
        binary=False,
        match=((("type",), "stop_request"),),
        payload="StreamingStopRequest",
        max_bytes=None,
        summary="Ends processing; answered by `conversation_completed`.",
    ),
    "modify_request": Message(
        key="modifyRequest",
        name="modify_request",
        direction="client",
        binary=False,
        match=((("type",), "modify_request"),),
        payload="StreamingModifyRequest",
        max_bytes=None,
        summary="Changes the audio format; answered by `session_modified`.",
    ),
    "bookmark_request": Message(
        key="bookmarkRequest",
        name="bookmark_request",
        direction="client",
        binary=False,
        match=((("type",), "bookmark_request"),),
        payload="StreamingBookmarkRequest",
        max_bytes=None,
        summary="Creates, updates or deletes a bookmark; answered by `bookmark_response`.",
    ),
    "audio": Message(
        key="audio",
        name="audio",
        direction="client",
        binary=True,
        match=(),
        payload=None,
        max_bytes=8192,
        summary="A binary frame of audio in the encoding of the `start_request`.",
    ),
    "started_listening": Message(
        key="startedListening",
        name="started_listening",
        direction="server",
        binary=False,
        match=(
            (("type",), "message"),
            (("message", "type"), "started_listening"),
        ),
        payload="StreamingMessageEnvelope",
        max_bytes=None,
        summary="The service is ready for audio.",
    ),
    "conversation_created": Message(
        key="conversationCreated",
        name="conversation_created",
        direction="server",
        binary=False,
        match=(
            (("type",), "message"),
            (("message", "type"), "conversation_created"),
        ),
        payload="StreamingMessageEnvelope",
        max_bytes=None,
        summary="Carries the `conversationId` for the REST Conversation API.",
    ),
    "recognition_started": Message(
        key="recognitionStarted",
        name="recognition_started",
        direction="server",
        binary=False,
        match=(
            (("type",), "message"),
            (("message", "type"), "recognition_started"),
        ),
        payload="StreamingMessageEnvelope",
        max_bytes=None,
        summary="Recognition started",
    ),
    "session_modified": Message(
        key="sessionModified",
        name="session_modified",
        direction="server",
        binary=False,
        match=(
            (("type",), "message"),
            (("message", "type"), "session_modified"),
        ),
        payload="StreamingMessageEnvelope",
        max_bytes=None,
        summary="A `modify_request` took effect.",
    ),
    "recognition_stopped": Message(
        key="recognitionStopped",
        name="recognition_stopped",
        direction="server",
        binary=False,
        match=(
            (("type",), "message"),
            (("message", "type"), "recognition_stopped"),
        ),
        payload="StreamingMessageEnvelope",
        max_bytes=None,
        summary="Recognition stopped",
    ),
    "conversation_completed": Message(
        key="conversationCompleted",
        name="conversation_completed",
        direction="server",
        binary=False,
        match=(
            (("type",), "message"),
            (("message", "type"), "conversation_completed"),
        ),
        payload="StreamingMessageEnvelope",
        max_bytes=None,
        summary="The last message after a `stop_request`; the conversation is complete over REST.",
    ),
    "error": Message(
        key="error",
        name="error",
        direction="server",
        binary=False,
        match=(
            (("type",), "message"),
            (("message", "type"), "error"),
        ),
        payload="StreamingMessageEnvelope",
        max_bytes=None,
        summary="What went wrong (`data.message`) and the close code that follows (`data.code`).",
    ),
    "recognition_result": Message(
        key="recognitionResult",
        name="recognition_result",
        direction="server",
        binary=False,
        match=(
            (("type",), "message"),
            (("message", "type"), "recognition_result"),
        ),
        payload="StreamingMessageEnvelope",
        max_bytes=None,
        summary="A live caption, interim (`isFinal` false) or final.",
    ),
    "message_response": Message(
        key="messageResponse",
        name="message_response",
        direction="server",
        binary=False,
        match=((("type",), "message_response"),),
        payload="StreamingMessageResponse",
        max_bytes=None,
        summary="Finalized transcript messages.",
    ),
    "insight_response": Message(
        key="insightResponse",
        name="insight_response",
        direction="server",
        binary=False,
        match=((("type",), "insight_response"),),
        payload="StreamingInsightResponse",
        max_bytes=None,
        summary="Questions, action items and follow-ups as they are detected.",
    ),
    "topic_response": Message(
        key="topicResponse",
        name="topic_response",
        direction="server",
        binary=False,
        match=((("type",), "topic_response"),),
        payload="StreamingTopicResponse",
        max_bytes=None,
        summary="Topics",
    ),
    "tracker_response": Message(
        key="trackerResponse",
        name="tracker_response",
        direction="server",
        binary=False,
        match=((("type",), "tracker_response"),),
        payload="StreamingTrackerResponse",
        max_bytes=None,
        summary="Tracker matches",
    ),
    "entity_response": Message(
        key="entityResponse",
        name="entity_response",
        direction="server",
        binary=False,
        match=((("type",), "entity_response"),),
        payload="StreamingEntityResponse",
        max_bytes=None,
        summary="Entities",
    ),
    "bookmark_response": Message(
        key="bookmarkResponse",
        name="bookmark_response",
        direction="server",
        binary=False,
        match=((("type",), "bookmark_response"),),
        payload="StreamingBookmarkResponse",
        max_bytes=None,
        summary="Bookmark",
    ),
}


def _key(message: Message) -> tuple[Any, ...]:
    values = dict(message.match)
    return tuple(values.get(path) for path in MATCH_PATHS)


EVENTS: dict[tuple[Any, ...], type[ServerEvent]] = {
    _key(MESSAGES["started_listening"]): StartedListeningEvent,
    _key(MESSAGES["conversation_created"]): ConversationCreatedEvent,
    _key(MESSAGES["recognition_started"]): RecognitionStartedEvent,
    _key(MESSAGES["session_modified"]): SessionModifiedEvent,
    _key(MESSAGES["recognition_stopped"]): RecognitionStoppedEvent,
    _key(MESSAGES["conversation_completed"]): ConversationCompletedEvent,
    _key(MESSAGES["error"]): ErrorEvent,
    _key(MESSAGES["recognition_result"]): RecognitionResultEvent,
    _key(MESSAGES["message_response"]): MessageResponseEvent,
    _key(MESSAGES["insight_response"]): InsightResponseEvent,
    _key(MESSAGES["topic_response"]): TopicResponseEvent,
    _key(MESSAGES["tracker_response"]): TrackerResponseEvent,
    _key(MESSAGES["entity_response"]): EntityResponseEvent,
    _key(MESSAGES["bookmark_response"]): BookmarkResponseEvent,
}
CLIENT_MESSAGES: dict[tuple[Any, ...], Message] = {
    _key(m): m for m in MESSAGES.values() if m.direction == "client" and not m.binary
}
AUDIO_MESSAGE = next(m for m in MESSAGES.values() if m.direction == "client" and m.binary)


# The models of the server messages: a union msgspec tells apart by the `type` tag.
SERVER_PAYLOADS: tuple[type[msgspec.Struct], ...] = (
    StreamingMessageEnvelope,
    StreamingMessageResponse,
    StreamingInsightResponse,
    StreamingTopicResponse,
    StreamingTrackerResponse,
    StreamingEntityResponse,
    StreamingBookmarkResponse,
)
_DECODER: msgspec.json.Decoder[Any] = msgspec.json.Decoder(Union[SERVER_PAYLOADS])  # noqa: UP007 (built from the table)


def decode_event(raw: str | bytes) -> ServerEvent:
    """The typed event for a server text frame (`UnknownEvent` when the spec cannot type it)."""
    try:
        frame = _DECODER.decode(raw)
    except msgspec.ValidationError as error:
        return _unknown(raw, str(error))
    except msgspec.DecodeError:
        text = raw if isinstance(raw, str) else raw.decode("utf-8", "replace")
        return UnknownEvent({"type": "invalid_json", "text": text[:1000]})
    return EVENTS.get(match_key(frame), UnknownEvent)(frame)


def _unknown(raw: str | bytes, problem: str) -> UnknownEvent:
    loose = msgspec.json.decode(raw)
    if not isinstance(loose, dict):
        return UnknownEvent({"type": "invalid_json", "value": loose})
    known = EVENTS.get(match_key(loose)) is not None
    return UnknownEvent(loose, problem if known else None)


__all__ = [
    "AUDIO_MESSAGE",
    "CHANNELS",
    "CLIENT_MESSAGES",
    "EVENTS",
    "MESSAGES",
    "SERVERS",
    "SERVER_PAYLOADS",
    "BookmarkResponseEvent",
    "Channel",
    "ConversationCompletedEvent",
    "ConversationCreatedEvent",
    "EntityResponseEvent",
    "ErrorEvent",
    "InsightResponseEvent",
    "Message",
    "MessageResponseEvent",
    "RecognitionResultEvent",
    "RecognitionStartedEvent",
    "RecognitionStoppedEvent",
    "ServerEvent",
    "SessionModifiedEvent",
    "StartedListeningEvent",
    "TopicResponseEvent",
    "TrackerResponseEvent",
    "UnknownEvent",
    "decode_event",
    "dig",
    "match_key",
]
