# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""The real-time channels and messages of spec/asyncapi.yaml (Symbl.ai real-time API 1.0.0).

Payloads as TypedDicts (what `json.loads` returns, typed), one event class per server message
with shortcuts named by the spec's x-symbl-fields / x-symbl-items, and the tables the
streaming client and the mock read: channels by key, messages by name, how to tell them apart.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, NotRequired, TypedDict, Union

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

UpgradeQuery = TypedDict(
    "UpgradeQuery",
    {
        "access_token": NotRequired[str],
    },
)
"""Query parameters of the upgrade request."""

UpgradeHeaders = TypedDict(
    "UpgradeHeaders",
    {
        "X-API-KEY": NotRequired[str],
        "Sec-WebSocket-Protocol": NotRequired[str],
    },
)
"""Headers of the upgrade request."""

StreamingStartRequest = TypedDict(
    "StreamingStartRequest",
    {
        "type": Literal["start_request"],
        "insightTypes": NotRequired[list[Literal["question", "action_item", "follow_up", "topic"]]],
        "customVocabulary": NotRequired[list[str]],
        "config": NotRequired["StreamingStartConfig"],
        "trackers": NotRequired[list["StreamingTrackerDefinition"]],
        "speaker": NotRequired["Person"],
        "noConnectionTimeout": NotRequired[int],
        "disconnectOnStopRequest": NotRequired[bool],
        "disconnectOnStopRequestTimeout": NotRequired[int],
    },
)
"""First message on `wss://api.symbl.ai/v1/streaming/{connectionId}?access_token=...`:"""

StreamingStopRequest = TypedDict(
    "StreamingStopRequest",
    {
        "type": Literal["stop_request"],
    },
)
"""Stops processing. The service finalizes the conversation and closes the WebSocket,"""

StreamingModifyRequest = TypedDict(
    "StreamingModifyRequest",
    {
        "type": Literal["modify_request"],
        "speechRecognition": "StreamingSpeechRecognition",
    },
)
"""Changes the audio format mid-conversation, e.g. after an input device change."""

StreamingBookmarkRequest = TypedDict(
    "StreamingBookmarkRequest",
    {
        "type": Literal["bookmark_request"],
        "operation": Literal["create", "update", "delete"],
        "id": NotRequired[str],
        "label": NotRequired[str],
        "description": NotRequired[str],
        "user": NotRequired["Person"],
        "beginTimeOffset": NotRequired[int],
        "duration": NotRequired[int],
    },
)
"""Creates, updates or deletes a bookmark during a streaming conversation; answered by a"""

StreamingMessageEnvelope = TypedDict(
    "StreamingMessageEnvelope",
    {
        "type": Literal["message"],
        "message": Union[
            "StreamingRecognitionResult",
            "StreamingStartedListeningEvent",
            "StreamingConversationCreatedEvent",
            "StreamingRecognitionStartedEvent",
            "StreamingSessionModifiedEvent",
            "StreamingRecognitionStoppedEvent",
            "StreamingConversationCompletedEvent",
            "StreamingErrorEvent",
        ],
        "timeOffset": NotRequired[float],
    },
)
"""The `message` envelope: either a live caption (`message.type` ="""

StreamingMessageResponse = TypedDict(
    "StreamingMessageResponse",
    {
        "type": Literal["message_response"],
        "messages": list["StreamingMessage"],
        "sequenceNumber": NotRequired[int],
    },
)
"""Finalized transcript messages, sent as soon as they are processed (no insights)."""

StreamingInsightResponse = TypedDict(
    "StreamingInsightResponse",
    {
        "type": Literal["insight_response"],
        "insights": list["StreamingInsight"],
        "sequenceNumber": NotRequired[int],
    },
)
"""Insights (questions, action items, follow-ups) as soon as they are detected (no messages)."""

StreamingTopicResponse = TypedDict(
    "StreamingTopicResponse",
    {
        "type": Literal["topic_response"],
        "topics": list["StreamingTopic"],
    },
)
"""Topics as they are detected."""

StreamingTrackerResponse = TypedDict(
    "StreamingTrackerResponse",
    {
        "type": Literal["tracker_response"],
        "isFinal": NotRequired[bool],
        "trackers": list["StreamingDetectedTracker"],
        "sequenceNumber": NotRequired[int],
    },
)
"""Tracker matches, interim as soon as found when `config.trackers.interimResults` is"""

StreamingEntityResponse = TypedDict(
    "StreamingEntityResponse",
    {
        "type": Literal["entity_response"],
        "entities": list["StreamingDetectedEntity"],
    },
)
"""Entities detected in real time (with `config.detectEntities`)."""

StreamingBookmarkResponse = TypedDict(
    "StreamingBookmarkResponse",
    {
        "type": Literal["bookmark_response"],
        "operation": Literal["create", "update", "delete"],
        "id": NotRequired[str],
        "label": NotRequired[str],
        "description": NotRequired[str],
        "user": NotRequired["Person"],
        "beginTimeOffset": NotRequired[int],
        "duration": NotRequired[int],
    },
)
"""The outcome of a `bookmark_request`, echoing the bookmark."""

StreamingStartConfig = TypedDict(
    "StreamingStartConfig",
    {
        "confidenceThreshold": NotRequired[float],
        "languageCode": NotRequired[str],
        "meetingTitle": NotRequired[str],
        "sentiment": NotRequired[bool],
        "detectEntities": NotRequired[bool],
        "speechRecognition": NotRequired["StreamingSpeechRecognition"],
        "trackers": NotRequired["StreamingTrackerConfig"],
    },
)
"""Recognition and insight settings of a `start_request`."""

StreamingTrackerDefinition = TypedDict(
    "StreamingTrackerDefinition",
    {
        "name": str,
        "vocabulary": list[str],
    },
)
"""A tracker defined inline for one streaming conversation."""

Person = TypedDict(
    "Person",
    {
        "id": NotRequired[str],
        "name": NotRequired[str],
        "email": NotRequired[str],
        "userId": NotRequired[str],
    },
)
"""A speaker, member, author or assignee. Symbl returns different subsets of these fields"""

StreamingSpeechRecognition = TypedDict(
    "StreamingSpeechRecognition",
    {
        "encoding": NotRequired[Literal["LINEAR16", "FLAC", "MULAW", "Opus"]],
        "sampleRateHertz": NotRequired[int],
    },
)
"""Format of the binary audio frames. Supported combinations: `LINEAR16` at 8000-48000"""

StreamingRecognitionResult = TypedDict(
    "StreamingRecognitionResult",
    {
        "type": Literal["recognition_result"],
        "isFinal": NotRequired[bool],
        "payload": NotRequired["StreamingRecognitionPayload"],
        "punctuated": NotRequired["StreamingPunctuated"],
        "user": NotRequired["Person"],
    },
)
"""Live caption inside a `message` envelope: interim (`isFinal: false`) and final speech"""

StreamingStartedListeningEvent = TypedDict(
    "StreamingStartedListeningEvent",
    {
        "type": Literal["started_listening"],
        "data": NotRequired["StreamingEventData"],
    },
)
"""`started_listening` lifecycle event inside a `message` envelope. The connection is ready for audio."""

StreamingConversationCreatedEvent = TypedDict(
    "StreamingConversationCreatedEvent",
    {
        "type": Literal["conversation_created"],
        "data": NotRequired["StreamingEventData"],
    },
)
"""`conversation_created` lifecycle event inside a `message` envelope. The conversation exists; `data.conversationId` names it for the REST API."""

StreamingRecognitionStartedEvent = TypedDict(
    "StreamingRecognitionStartedEvent",
    {
        "type": Literal["recognition_started"],
        "data": NotRequired["StreamingEventData"],
    },
)
"""`recognition_started` lifecycle event inside a `message` envelope. Speech recognition began."""

StreamingSessionModifiedEvent = TypedDict(
    "StreamingSessionModifiedEvent",
    {
        "type": Literal["session_modified"],
        "data": NotRequired["StreamingEventData"],
    },
)
"""`session_modified` lifecycle event inside a `message` envelope. A `modify_request` took effect."""

StreamingRecognitionStoppedEvent = TypedDict(
    "StreamingRecognitionStoppedEvent",
    {
        "type": Literal["recognition_stopped"],
        "data": NotRequired["StreamingEventData"],
    },
)
"""`recognition_stopped` lifecycle event inside a `message` envelope. Speech recognition ended after a `stop_request`."""

StreamingConversationCompletedEvent = TypedDict(
    "StreamingConversationCompletedEvent",
    {
        "type": Literal["conversation_completed"],
        "data": NotRequired["StreamingEventData"],
    },
)
"""`conversation_completed` lifecycle event inside a `message` envelope. The conversation is closed; its insights can be fetched."""

StreamingErrorEvent = TypedDict(
    "StreamingErrorEvent",
    {
        "type": Literal["error"],
        "data": NotRequired["StreamingEventData"],
    },
)
"""`error` lifecycle event inside a `message` envelope. The server reports a problem with the connection."""

StreamingMessage = TypedDict(
    "StreamingMessage",
    {
        "id": NotRequired[str],
        "from": NotRequired["Person"],
        "payload": "StreamingPayload",
        "duration": NotRequired["StreamingMessageDuration"],
        "sentiment": NotRequired["Sentiment"],
        "channel": NotRequired["StreamingChannel"],
        "metadata": NotRequired["StreamingMessageMetadata"],
        "dismissed": NotRequired[bool],
    },
)
"""One finalized message of a streaming conversation."""

StreamingInsight = TypedDict(
    "StreamingInsight",
    {
        "id": NotRequired[str],
        "type": Literal["action_item", "question", "follow_up"],
        "text": NotRequired[str],
        "payload": NotRequired["StreamingPayload"],
        "confidence": NotRequired[float],
        "hints": NotRequired[list["StreamingInsightHint"]],
        "tags": NotRequired[list["StreamingInsightTag"]],
        "from": NotRequired["Person"],
        "assignee": NotRequired["Person"],
        "messageReference": NotRequired["StreamingMessageReference"],
        "dismissed": NotRequired[bool],
    },
)
"""A question, action item or follow-up detected in real time."""

StreamingTopic = TypedDict(
    "StreamingTopic",
    {
        "id": NotRequired[str],
        "phrases": str,
        "type": NotRequired[str],
        "score": NotRequired[float],
        "messageReferences": NotRequired[list["StreamingMessageReference"]],
        "rootWords": NotRequired[list["StreamingRootWord"]],
        "messageIndex": NotRequired[int],
        "sentiment": NotRequired["Sentiment"],
    },
)
"""A topic detected in real time."""

StreamingDetectedTracker = TypedDict(
    "StreamingDetectedTracker",
    {
        "id": NotRequired[str],
        "name": str,
        "matches": list["StreamingTrackerMatch"],
    },
)
"""A tracker with the matches found so far."""

StreamingDetectedEntity = TypedDict(
    "StreamingDetectedEntity",
    {
        "type": str,
        "subType": NotRequired[str],
        "category": NotRequired[str],
        "matches": list["StreamingEntityMatch"],
    },
)
"""An entity type/subtype with its matches."""

StreamingTrackerConfig = TypedDict(
    "StreamingTrackerConfig",
    {
        "enableAllTrackers": NotRequired[bool],
        "interimResults": NotRequired[bool],
    },
)
"""Tracker detection settings of a streaming conversation."""

StreamingRecognitionPayload = TypedDict(
    "StreamingRecognitionPayload",
    {
        "raw": NotRequired["StreamingRecognitionRaw"],
    },
)
"""The recognizer's raw output."""

StreamingPunctuated = TypedDict(
    "StreamingPunctuated",
    {
        "transcript": NotRequired[str],
    },
)
"""The recognized text with punctuation and capitalization."""

StreamingEventData = TypedDict(
    "StreamingEventData",
    {
        "conversationId": NotRequired[str],
        "message": NotRequired[str],
        "code": NotRequired[int],
    },
)
"""Details of a lifecycle event; open, as Symbl adds fields per event."""

StreamingPayload = TypedDict(
    "StreamingPayload",
    {
        "content": str,
        "contentType": NotRequired[str],
    },
)
"""Text content of a streaming message or insight."""

StreamingMessageDuration = TypedDict(
    "StreamingMessageDuration",
    {
        "startTime": NotRequired[str],
        "endTime": NotRequired[str],
        "timeOffset": NotRequired[float],
        "duration": NotRequired[float],
    },
)
"""When a streaming message was spoken."""

Sentiment = TypedDict(
    "Sentiment",
    {
        "polarity": "Polarity",
        "suggested": Literal["positive", "neutral", "negative"],
    },
)
"""Sentiment of a message or topic (en-US only)."""

StreamingChannel = TypedDict(
    "StreamingChannel",
    {
        "id": NotRequired[str],
    },
)
"""The audio channel a message came from."""

StreamingMessageMetadata = TypedDict(
    "StreamingMessageMetadata",
    {
        "disablePunctuation": NotRequired[bool],
        "timezoneOffset": NotRequired[int],
        "originalContent": NotRequired[str],
        "originalMessageId": NotRequired[str],
    },
)
"""Processing details of a message (fields seen in Symbl's Go SDK)."""

StreamingInsightHint = TypedDict(
    "StreamingInsightHint",
    {
        "key": NotRequired[str],
        "value": NotRequired[str],
    },
)
"""A key/value hint attached to an insight."""

StreamingInsightTag = TypedDict(
    "StreamingInsightTag",
    {
        "type": str,
        "text": str,
        "beginOffset": NotRequired[int],
        "value": NotRequired["StreamingInsightTagValue"],
    },
)
"""An entity found in an insight's text (for example the person it is assigned to)."""

StreamingMessageReference = TypedDict(
    "StreamingMessageReference",
    {
        "id": str,
        "relation": NotRequired[str],
    },
)
"""A reference to a streaming message."""

StreamingRootWord = TypedDict(
    "StreamingRootWord",
    {
        "text": str,
    },
)
"""A root word of a topic."""

StreamingTrackerMatch = TypedDict(
    "StreamingTrackerMatch",
    {
        "type": str,
        "value": str,
        "messageRefs": NotRequired[list["MessageRef"]],
        "insightRefs": NotRequired[list["InsightRef"]],
    },
)
"""One vocabulary entry of a tracker and where it matched."""

StreamingEntityMatch = TypedDict(
    "StreamingEntityMatch",
    {
        "detectedValue": str,
        "messageRefs": NotRequired[list["MessageRef"]],
    },
)
"""One detected value and the messages it occurs in."""

StreamingRecognitionRaw = TypedDict(
    "StreamingRecognitionRaw",
    {
        "alternatives": NotRequired[list["StreamingRecognitionAlternative"]],
    },
)
"""StreamingRecognitionRaw"""

Polarity = TypedDict(
    "Polarity",
    {
        "score": float,
    },
)
"""Polarity"""

StreamingInsightTagValue = TypedDict(
    "StreamingInsightTagValue",
    {
        "value": NotRequired["StreamingTagEntity"],
    },
)
"""Resolved value of a tag; for a person, `value` holds `{name, alias, userId}`."""

MessageRef = TypedDict(
    "MessageRef",
    {
        "id": str,
        "text": NotRequired[str],
        "offset": NotRequired[int],
        "startTime": NotRequired[str],
        "endTime": NotRequired[str],
    },
)
"""A reference to a message, with the matched text and position where known."""

InsightRef = TypedDict(
    "InsightRef",
    {
        "id": str,
        "type": Literal["action_item", "question", "follow_up"],
        "text": NotRequired[str],
        "offset": NotRequired[int],
    },
)
"""A reference to an insight (question, action item, follow-up)."""

StreamingRecognitionAlternative = TypedDict(
    "StreamingRecognitionAlternative",
    {
        "transcript": NotRequired[str],
        "confidence": NotRequired[float],
        "words": NotRequired[list["StreamingWord"]],
    },
)
"""One recognition hypothesis."""

StreamingTagEntity = TypedDict(
    "StreamingTagEntity",
    {
        "name": NotRequired[str],
        "alias": NotRequired[str],
        "userId": NotRequired[str],
    },
)
"""The entity a tag resolves to; open, other tag types carry other fields."""

StreamingWord = TypedDict(
    "StreamingWord",
    {
        "word": str,
        "startTime": NotRequired["StreamingStreamOffset"],
        "endTime": NotRequired["StreamingStreamOffset"],
    },
)
"""A recognized word with its position in the audio stream."""

StreamingStreamOffset = TypedDict(
    "StreamingStreamOffset",
    {
        "seconds": NotRequired[str | int],
        "nanos": NotRequired[str | int],
    },
)
"""A position in the audio stream as whole seconds plus nanoseconds. Symbl's Go SDK reads"""


def dig(frame: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    """The value at `path` inside a decoded frame, or None when any step is missing."""
    node: Any = frame
    for step in path:
        if not isinstance(node, Mapping):
            return None
        node = node.get(step)
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
    """A message from the server: `frame` is the decoded JSON, `type` its message name."""

    frame: Mapping[str, Any]
    name: ClassVar[str] = ""

    @property
    def type(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict(self.frame)!r})"


@dataclass(frozen=True, slots=True, repr=False)
class UnknownEvent(ServerEvent):
    """A message this client does not know (the API is newer than the spec); kept, never dropped."""

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


def match_key(frame: Mapping[str, Any]) -> tuple[Any, ...]:
    """The values of a frame at MATCH_PATHS: the key of EVENTS and CLIENT_MESSAGES."""
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


def decode_event(frame: Mapping[str, Any]) -> ServerEvent:
    """The typed event for a decoded server frame (`UnknownEvent` for a type the spec lacks)."""
    return EVENTS.get(match_key(frame), UnknownEvent)(frame)


__all__ = [
    "AUDIO_MESSAGE",
    "CHANNELS",
    "CLIENT_MESSAGES",
    "EVENTS",
    "MESSAGES",
    "SERVERS",
    "BookmarkResponseEvent",
    "Channel",
    "ConversationCompletedEvent",
    "ConversationCreatedEvent",
    "EntityResponseEvent",
    "ErrorEvent",
    "InsightRef",
    "InsightResponseEvent",
    "Message",
    "MessageRef",
    "MessageResponseEvent",
    "Person",
    "Polarity",
    "RecognitionResultEvent",
    "RecognitionStartedEvent",
    "RecognitionStoppedEvent",
    "Sentiment",
    "ServerEvent",
    "SessionModifiedEvent",
    "StartedListeningEvent",
    "StreamingBookmarkRequest",
    "StreamingBookmarkResponse",
    "StreamingChannel",
    "StreamingConversationCompletedEvent",
    "StreamingConversationCreatedEvent",
    "StreamingDetectedEntity",
    "StreamingDetectedTracker",
    "StreamingEntityMatch",
    "StreamingEntityResponse",
    "StreamingErrorEvent",
    "StreamingEventData",
    "StreamingInsight",
    "StreamingInsightHint",
    "StreamingInsightResponse",
    "StreamingInsightTag",
    "StreamingInsightTagValue",
    "StreamingMessage",
    "StreamingMessageDuration",
    "StreamingMessageEnvelope",
    "StreamingMessageMetadata",
    "StreamingMessageReference",
    "StreamingMessageResponse",
    "StreamingModifyRequest",
    "StreamingPayload",
    "StreamingPunctuated",
    "StreamingRecognitionAlternative",
    "StreamingRecognitionPayload",
    "StreamingRecognitionRaw",
    "StreamingRecognitionResult",
    "StreamingRecognitionStartedEvent",
    "StreamingRecognitionStoppedEvent",
    "StreamingRootWord",
    "StreamingSessionModifiedEvent",
    "StreamingSpeechRecognition",
    "StreamingStartConfig",
    "StreamingStartRequest",
    "StreamingStartedListeningEvent",
    "StreamingStopRequest",
    "StreamingStreamOffset",
    "StreamingTagEntity",
    "StreamingTopic",
    "StreamingTopicResponse",
    "StreamingTrackerConfig",
    "StreamingTrackerDefinition",
    "StreamingTrackerMatch",
    "StreamingTrackerResponse",
    "StreamingWord",
    "TopicResponseEvent",
    "TrackerResponseEvent",
    "UnknownEvent",
    "UpgradeHeaders",
    "UpgradeQuery",
    "decode_event",
    "dig",
    "match_key",
]
