"""Typed errors of the real-time API (handshake refusals reuse the REST status errors)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._errors import APIConnectionError, APIError, APITimeoutError


class StreamingError(APIError):
    """Base of the errors a WebSocket stream raises after its handshake."""


class StreamingServerError(StreamingError):
    """The server sent an `error` message; `frame` is that message, `code` the close code it announced."""

    def __init__(self, message: str, *, frame: Mapping[str, Any], code: int | None) -> None:
        super().__init__(message)
        self.frame = frame
        self.code = code


class StreamClosedError(StreamingError, APIConnectionError):
    """The connection closed abnormally; `code` and `reason` are the close frame's (1006: none arrived).

    `unsent` holds the audio frames that were not delivered (with reconnect off, or when
    reconnecting failed).
    """

    def __init__(self, message: str, *, code: int | None, reason: str, unsent: list[bytes] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.reason = reason
        self.unsent = unsent or []


class StreamTimeoutError(StreamingError, APITimeoutError):
    """Nothing arrived in time: no first event, silence for too long, or no `conversation_completed`."""


class ReplayBufferFullError(StreamingError):
    """More audio arrived while reconnecting than the replay buffer holds (`replay_buffer_bytes`)."""


__all__ = ["ReplayBufferFullError", "StreamClosedError", "StreamTimeoutError", "StreamingError", "StreamingServerError"]
