"""Request retries: which failures are retried, and how long to wait.

Safe operations (GET, PUT, DELETE, and POSTs the spec marks `x-symbl-idempotent: true`) are
retried on connection errors, timeouts, 408, 409, 429 and 5xx. Operations that would act twice
if repeated (submissions, appends: `x-symbl-idempotent: false` or a plain POST) are retried
only when the server certainly did not act: the connection was never made, 429, or 503.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from _symbl_api_generated._operations import OPERATIONS, Operation

SAFE_RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})
# The request was refused before processing: acting on it again cannot duplicate anything.
UNSAFE_RETRY_STATUSES = frozenset({429, 503})
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter: min(initial * 2**n, cap) * (1 - jitter * random)."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    # A Retry-After longer than this is not honoured; the computed backoff is used instead.
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
        hinted = retry_after(response) if response is not None else None
        if hinted is not None and 0 <= hinted <= self.max_retry_after:
            return hinted
        return self.backoff(attempt, rand)


def retry_after(response: httpx.Response) -> float | None:
    """Seconds the server asked to wait (retry-after-ms, Retry-After seconds or HTTP date)."""
    millis = response.headers.get("retry-after-ms")
    if millis:
        try:
            return float(millis) / 1000
        except ValueError:
            pass
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        if parsed is None:
            return None
        return parsed.timestamp() - time.time()


def operation_of(request: httpx.Request) -> Operation | None:
    return OPERATIONS.get(str(request.extensions.get("symbl_operation", "")))


def is_idempotent(request: httpx.Request) -> bool:
    operation = operation_of(request)
    if operation is not None:
        return operation.idempotent
    return request.method in {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}


def should_retry_status(request: httpx.Request, status: int) -> bool:
    return status in (SAFE_RETRY_STATUSES if is_idempotent(request) else UNSAFE_RETRY_STATUSES)


def should_retry_error(request: httpx.Request, error: httpx.TransportError) -> bool:
    if isinstance(error, NEVER_SENT):
        return True
    return is_idempotent(request) and isinstance(
        error, (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
    )
