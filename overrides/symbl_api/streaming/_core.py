"""The streaming engine, written once without I/O.

Flows are generators that yield what to do (`Open`, `SendText`, `SendBinary`, `Receive`,
`Sleep`, `Reconnect`, `CloseSocket`) and get the outcome back, like httpx's `Auth.auth_flow`;
the sync and async drivers only carry these out with the `websockets` library. The core keeps
what a connection knows: the start request, the conversation id, events read ahead by
`stop()`, audio waiting for a reconnection.
"""

from __future__ import annotations

import json
import random
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

import msgspec

from _symbl_api_generated._realtime import (
    AUDIO_MESSAGE,
    CHANNELS,
    EVENTS,
    Channel,
    ConversationCompletedEvent,
    ConversationCreatedEvent,
    ErrorEvent,
    ServerEvent,
    UnknownEvent,
    decode_event,
    match_key,
)

from .._errors import APIStatusError, AuthenticationError, InvalidArgumentError
from .._logging import logger
from ._audio import AudioFormat
from ._errors import ReplayBufferFullError, StreamClosedError, StreamingServerError, StreamTimeoutError
from ._ops import TIMEOUT, Closed, CloseSocket, Flow, GetToken, Open, Receive, Reconnect, SendBinary, SendText, Sleep

NORMAL_CLOSE = frozenset({1000})
AUTH_PLACES = ("header", "query", "subprotocol")


@dataclass(frozen=True)
class StreamOptions:
    """How a stream behaves; every default is finite except silence (a quiet meeting is normal)."""

    first_event_timeout: float | None = 15.0
    silence_timeout: float | None = None
    stop_timeout: float = 30.0
    reconnect: bool = False
    max_reconnect_attempts: int = 5
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    replay_buffer_bytes: int = 1024 * 1024
    max_message_bytes: int = 8 * 1024 * 1024
    ping_interval: float | None = 20.0
    ping_timeout: float | None = 20.0
    open_timeout: float = 10.0
    auth: str = "header"
    websocket_options: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.auth not in AUTH_PLACES:
            raise InvalidArgumentError(
                "auth", f"{self.auth!r} is not a way to send the token; use one of {AUTH_PLACES}"
            )
        if self.max_reconnect_attempts < 0 or self.replay_buffer_bytes < 0:
            raise InvalidArgumentError("options", "max_reconnect_attempts and replay_buffer_bytes must not be negative")


# -- what a flow asks the driver to do -----------------------------------------------------------


def websocket_url(base_url: str, channel: Channel, connection_id: str) -> str:
    """ws(s)://host/<channel address> for a REST base URL (https -> wss, http -> ws)."""
    parts = urlsplit(base_url)
    scheme = {"https": "wss", "http": "ws"}.get(parts.scheme, parts.scheme)
    path = channel.address.replace("{connectionId}", quote(connection_id, safe=""))
    return urlunsplit((scheme, parts.netloc, parts.path.rstrip("/") + path, "", ""))


def redact_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "access_token=<redacted>" if parts.query else "", ""))


class StreamCore:
    """State and flows of one stream; `token` is a callable giving the current access token."""

    def __init__(
        self,
        *,
        url: str,
        channel: Channel,
        connection_id: str,
        start_request: dict[str, Any] | None,
        options: StreamOptions,
        clock: Callable[[], float],
    ) -> None:
        self.url = url
        self.channel = channel
        self.connection_id = connection_id
        self.start_request = start_request
        self.options = options
        self.clock = clock
        self.conversation_id: str | None = None
        self.generation = 0
        self.events_seen = 0
        self.last_event_at = clock()
        self.backlog: deque[ServerEvent] = deque()
        self.unsent: deque[bytes] = deque()
        self.unsent_bytes = 0
        self.stop_sent = False
        self.completed = False
        self.closed = False
        self.audio_format = AudioFormat()
        if start_request is not None:
            recognition = (start_request.get("config") or {}).get("speechRecognition") or {}
            self.audio_format = AudioFormat(
                str(recognition.get("encoding", "LINEAR16")), int(recognition.get("sampleRateHertz", 16000))
            )
        self.max_frame = AUDIO_MESSAGE.max_bytes or 8192
        self.paced_from: float | None = None
        self.paced_bytes = 0

    # -- connecting ------------------------------------------------------------------------------

    def open_op(self, token: str) -> Open:
        headers: dict[str, str] = {}
        subprotocols: list[str] = []
        url = self.url
        if self.options.auth == "header":
            headers["X-API-KEY"] = token
        elif self.options.auth == "query":
            url += ("&" if "?" in url else "?") + urlencode({"access_token": token})
        else:
            subprotocols.append(token)
        return Open(url, headers, subprotocols)

    def open_flow(self) -> Flow:
        """Open the socket; a 401 on the handshake refreshes the token once. Yields the outcome."""
        token = yield GetToken()
        outcome = yield self.open_op(token)
        if isinstance(outcome, AuthenticationError):
            fresh = yield GetToken(stale=token)
            if fresh != token:
                logger.info("401 on the WebSocket handshake: retrying once with a fresh access token")
                outcome = yield self.open_op(fresh)
        return outcome

    def connect_flow(self) -> Flow:
        """Open the socket and send the start request (streams only)."""
        outcome = yield from self.open_flow()
        if isinstance(outcome, Exception):
            raise outcome
        if self.start_request is not None:
            yield from self.control(self.start_request)
        self.last_event_at = self.clock()

    def reconnect_flow(self, closed: Closed) -> Flow:
        """Rejoin the same connectionId with backoff, resend start_request, replay buffered audio."""
        for attempt in range(self.options.max_reconnect_attempts):
            delay = min(self.options.backoff_max, self.options.backoff_initial * 2**attempt)
            yield Sleep(delay * (1 - 0.25 * random.random()))
            logger.info("stream %s closed (%s); reconnecting, attempt %d", self.connection_id, closed.code, attempt + 1)
            outcome = yield from self.open_flow()
            if isinstance(outcome, APIStatusError) and outcome.status_code in (401, 403):
                raise outcome
            if isinstance(outcome, Exception):
                closed = Closed(1006, str(outcome))
                continue
            if self.start_request is not None:
                sent = yield SendText(json.dumps(self.start_request, separators=(",", ":")))
                if isinstance(sent, Closed):
                    closed = sent
                    continue
            while self.unsent:
                frame = self.unsent[0]
                result = yield SendBinary(frame)
                if isinstance(result, Closed):
                    break
                self.unsent.popleft()
                self.unsent_bytes -= len(frame)
            else:
                self.generation += 1
                self.last_event_at = self.clock()
                return
        raise self.closed_error(closed, "reconnecting failed")

    def recoverable(self, closed: Closed) -> bool:
        code = 1006 if closed.code is None else closed.code
        return self.options.reconnect and not self.stop_sent and code in self.channel.close_codes

    def closed_error(self, closed: Closed, why: str = "") -> StreamClosedError:
        code = 1006 if closed.code is None else closed.code
        detail = f": {closed.reason}" if closed.reason else ""
        extra = f" ({why})" if why else ""
        return StreamClosedError(
            f"stream {self.connection_id} closed with code {code}{detail}{extra}",
            code=code,
            reason=closed.reason,
            unsent=list(self.unsent),
        )

    # -- sending ---------------------------------------------------------------------------------

    def frames(self, chunk: bytes) -> list[bytes]:
        limit = self.max_frame
        return (
            [chunk[i : i + limit] for i in range(0, len(chunk), limit)]
            if len(chunk) > limit
            else ([chunk] if chunk else [])
        )

    def send_audio_flow(self, frame: bytes) -> Flow:
        """Send one frame; on a recoverable drop keep it for replay and reconnect."""
        generation = self.generation
        result = yield SendBinary(frame)
        if isinstance(result, Closed):
            yield from self.send_failed_flow(frame, generation, result)

    def send_failed_flow(self, frame: bytes, generation: int, closed: Closed) -> Flow:
        """A frame could not be sent: keep it for replay and reconnect, or raise."""
        if not self.recoverable(closed):
            raise self.closed_error(closed)
        self.keep(frame)
        yield Reconnect(generation, closed)

    def keep(self, frame: bytes) -> None:
        if self.unsent_bytes + len(frame) > self.options.replay_buffer_bytes:
            raise ReplayBufferFullError(
                f"more than {self.options.replay_buffer_bytes} bytes of audio waiting for a reconnection;"
                " raise replay_buffer_bytes or send slower"
            )
        self.unsent.append(frame)
        self.unsent_bytes += len(frame)

    def pace_delay(self, sent: int, fmt: AudioFormat) -> float:
        """Seconds to wait so audio goes out no faster than it plays."""
        now = self.clock()
        if self.paced_from is None:
            self.paced_from, self.paced_bytes = now, 0
        self.paced_bytes += sent
        return max(0.0, self.paced_from + self.paced_bytes / fmt.bytes_per_second - now)

    def control(self, frame: Mapping[str, Any]) -> Flow:
        result = yield SendText(json.dumps(frame, separators=(",", ":")))
        if isinstance(result, Closed):
            raise self.closed_error(result)

    def modify_if_needed(self, fmt: AudioFormat | None) -> Flow:
        """Tell the server the audio format of a WAV that differs from the start request's."""
        if fmt is None or fmt == self.audio_format or self.start_request is None:
            return
        self.audio_format = fmt
        logger.info("audio is %s at %d Hz: sending modify_request", fmt.encoding, fmt.sample_rate)
        speech = {"encoding": fmt.encoding, "sampleRateHertz": fmt.sample_rate}
        yield from self.control({"type": "modify_request", "speechRecognition": speech})

    # -- receiving -------------------------------------------------------------------------------

    def timeout(self) -> float | None:
        limit = self.options.first_event_timeout if self.events_seen == 0 else self.options.silence_timeout
        if self.stop_sent:
            return None
        if limit is None:
            return None
        return max(0.0, self.last_event_at + limit - self.clock())

    def next_event_flow(self) -> Flow:
        """The next event (read ahead by stop() first), or None at the end of the stream."""
        if self.backlog:
            return self.backlog.popleft()
        return (yield from self.read_flow())

    @property
    def finished(self) -> bool:
        return (self.completed and self.stop_sent) or self.closed

    def read_flow(self, deadline: float | None = None, received: Any = None) -> Flow:
        """The next event from the socket, or None at its end; `received`: what the driver already read."""
        while not self.finished:
            generation = self.generation
            if received is None:
                wait = self.timeout() if deadline is None else max(0.0, deadline - self.clock())
                raw = yield Receive(wait)
            else:
                raw, received = received, None
            if raw is TIMEOUT:
                raise StreamTimeoutError(self._timeout_message(deadline))
            if isinstance(raw, Closed):
                if raw.code in NORMAL_CLOSE:
                    self.closed = True
                    return None
                if self.recoverable(raw):
                    yield Reconnect(generation, raw)
                    continue
                self.closed = True
                raise self.closed_error(raw)
            if isinstance(raw, bytes | bytearray):
                logger.warning(
                    "stream %s: ignoring a %d-byte binary frame from the server", self.connection_id, len(raw)
                )
                continue
            return self.observe(raw)
        return None

    def _timeout_message(self, deadline: float | None) -> str:
        if deadline is not None:
            return f"no conversation_completed within {self.options.stop_timeout} s after stop_request"
        if self.events_seen == 0:
            return f"no event within {self.options.first_event_timeout} s of connecting (first_event_timeout)"
        return f"no event for {self.options.silence_timeout} s (silence_timeout)"

    def observe(self, raw: str | bytes) -> ServerEvent:
        event = decode_event(raw)
        self.events_seen += 1
        self.last_event_at = self.clock()
        if isinstance(event, ConversationCreatedEvent) and event.conversation_id:
            self.conversation_id = str(event.conversation_id)
        elif isinstance(event, ConversationCompletedEvent):
            self.completed = True
        elif isinstance(event, UnknownEvent) and event.problem:
            logger.warning("stream %s: a %s frame off the spec: %s", self.connection_id, event.type, event.problem)
        if isinstance(event, UnknownEvent) and EVENTS.get(match_key(event.frame)) is ErrorEvent:
            # An error frame off the spec still raises (its shortcuts read the mapping as well).
            event = ErrorEvent(event.frame)  # type: ignore[arg-type]
        if isinstance(event, ErrorEvent):
            frame = event.frame.to_dict() if isinstance(event.frame, msgspec.Struct) else dict(event.frame)
            raise StreamingServerError(
                f"stream {self.connection_id}: server error: {event.error_message or frame}",
                frame=frame,
                code=event.code,
            )
        return event

    # -- stopping --------------------------------------------------------------------------------

    def stop_flow(self) -> Flow:
        """Send stop_request, read (into the backlog) until conversation_completed, close."""
        if not self.completed and not self.closed:
            if not self.stop_sent:
                self.stop_sent = True
                yield from self.control({"type": "stop_request"})
            deadline = self.clock() + self.options.stop_timeout
            while not self.completed:
                event = yield from self.read_flow(deadline)
                if event is None:
                    break
                self.backlog.append(event)
        yield CloseSocket(1000)
        return self.conversation_id

    def close_flow(self) -> Flow:
        self.closed = True
        yield CloseSocket(1000)


def merge_start_request(config: Mapping[str, Any] | None, **extra: Any) -> dict[str, Any]:
    """The start_request for `config` (a start_request's fields, or just its `config` object)."""
    config = dict(config or {})
    known = {"insightTypes", "customVocabulary", "config", "trackers", "speaker", "noConnectionTimeout"}
    known |= {"disconnectOnStopRequest", "disconnectOnStopRequestTimeout"}
    request: dict[str, Any] = {"type": "start_request"}
    if config and not set(config) & known:
        config = {"config": config}  # only the inner `config` object was given
    unknown = set(config) - known - {"type"}
    if unknown:
        raise InvalidArgumentError("config", f"unknown start_request fields {sorted(unknown)}; known: {sorted(known)}")
    request.update({k: v for k, v in config.items() if k != "type"})
    request.update({k: v for k, v in extra.items() if v is not None})
    return request


def channel(key: str) -> Channel:
    found = CHANNELS.get(key)
    if found is None:
        raise InvalidArgumentError("channel", f"unknown channel {key!r}; the spec has {', '.join(CHANNELS)}")
    return found


__all__ = ["StreamCore", "StreamOptions", "channel", "merge_start_request", "redact_url", "replace", "websocket_url"]
