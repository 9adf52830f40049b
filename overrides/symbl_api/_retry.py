"""Request retries: which failures are retried, and how long to wait.

Idempotent operations (GET, PUT, DELETE, and POSTs the spec marks `x-symbl-idempotent: true`,
such as the token request) are retried on connection errors, timeouts, truncated or unreadable
answers, 408, 409, 429 and 5xx. Operations that would act twice if repeated (submissions,
appends: `x-symbl-idempotent: false`) are retried only when the server certainly did not act:
the connection was never made, or 429. A 5xx or a lost answer after such a request was sent is
ambiguous: it is reported as an `OutcomeUnknownError`, never retried. A request whose body
cannot be sent twice (a pipe, a generator) is never retried.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from _symbl_api_generated._operations import OPERATIONS, Operation

SAFE_RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})
# The request was refused before processing: acting on it again cannot duplicate anything.
UNSAFE_RETRY_STATUSES = frozenset({429})
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter: min(initial * 2**n, cap) * (1 - jitter * random)."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    # A Retry-After longer than this is not honoured: the wait is cut to this.
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {self.max_retries}")

    def backoff(self, attempt: int, rand: Callable[[], float] = random.random) -> float:
        delay: float = min(self.initial_delay * 2.0**attempt, self.max_delay)
        return delay * (1 - self.jitter * rand())

    def delay_for(
        self, attempt: int, response: httpx.Response | None, rand: Callable[[], float] = random.random
    ) -> float:
        """The server's Retry-After when it gave a usable one (capped), else the backoff."""
        hinted = retry_after(response) if response is not None else None
        if hinted is not None:
            return min(hinted, self.max_retry_after)
        return self.backoff(attempt, rand)


def _seconds(value: str, now: Callable[[], float]) -> float | None:
    try:
        seconds = float(value)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if parsed is None or parsed.tzinfo is None:
            return None
        seconds = parsed.timestamp() - now()
        return max(0.0, seconds) if math.isfinite(seconds) else None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def retry_after(response: httpx.Response, now: Callable[[], float] = time.time) -> float | None:
    """Seconds the server asked to wait (retry-after-ms, Retry-After seconds or HTTP date).

    Anything unusable (garbage, negative, NaN, infinite) is None; a date in the past is 0.
    Callers cap the value themselves.
    """
    millis = response.headers.get("retry-after-ms")
    if millis:
        seconds = _seconds(millis.strip(), now)
        if seconds is not None:
            return seconds / 1000
    value = response.headers.get("retry-after")
    return _seconds(value.strip(), now) if value else None


def operation_of(request: httpx.Request) -> Operation | None:
    return OPERATIONS.get(str(request.extensions.get("symbl_operation", "")))


def is_idempotent(request: httpx.Request) -> bool:
    operation = operation_of(request)
    if operation is not None:
        return operation.idempotent
    return request.method in {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}


def should_retry_status(request: httpx.Request, status: int) -> bool:
    return status in (SAFE_RETRY_STATUSES if is_idempotent(request) else UNSAFE_RETRY_STATUSES)


def never_sent(error: Exception) -> bool:
    """True when the request certainly did not reach the server."""
    return isinstance(error, NEVER_SENT)
