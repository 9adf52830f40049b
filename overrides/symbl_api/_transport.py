"""The transport every request goes through: argument checks, server routing, retries, bounded
reading of the answer, and every failure turned into one of this client's typed errors.

The decisions live once in `_Pipeline.flow` (a generator, see `_flow`); `Transport` and
`AsyncTransport` only send and read. They send through the caller's `http_client` when one
was given (`client.send(...)`, so nothing of the caller's client is changed) or through a
transport of their own.
"""

from __future__ import annotations

import asyncio
import functools
import random
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import httpx

from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ConnectionOutcomeUnknownError,
    ResponseTooLargeError,
    TimeoutOutcomeUnknownError,
    outcome_hint,
)
from ._flow import Flow, Sleep, arun, run
from ._logging import logger
from ._params import check_request, path_values
from ._retry import RetryPolicy, is_idempotent, never_sent, operation_of, should_retry_status
from ._uploads import declare_size, replayable
from ._validation import NotJSONError, check

# A decompressed answer larger than this is refused (a JSON transcript is far smaller).
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
READ_FAILURES = (httpx.TransportError, httpx.DecodingError)
KNOWN_STATUSES = frozenset(status.value for status in HTTPStatus)


class OperationHeaders(httpx.Headers):
    """Response headers that also say which operation answered (read by the status errors)."""

    operation: str | None = None
    request: httpx.Request | None = None

    @property
    def path_params(self) -> dict[str, str] | None:
        """The request's path parameters (worked out only when an error needs them)."""
        operation = operation_of(self.request) if self.request is not None else None
        return path_values(operation, self.request) if operation and self.request else None


@dataclass(frozen=True)
class Limits:
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES


def _route(request: httpx.Request, default_base: str | None) -> None:
    """Send operations that live on another server (Labs) there, when on the default server."""
    operation = operation_of(request)
    if default_base is None or operation is None or not operation.servers:
        return
    if not str(request.url).startswith(default_base):
        return
    target = httpx.URL(operation.servers[0])
    request.url = request.url.copy_with(scheme=target.scheme, host=target.host, port=target.port)
    request.headers["Host"] = target.netloc.decode("ascii")


def _operation_id(request: httpx.Request) -> str | None:
    operation = operation_of(request)
    return operation.operation_id if operation else None


def _where(request: httpx.Request) -> str:
    url = request.url
    port = url.port or (443 if url.scheme == "https" else 80)
    return f"{request.method} {url.path} to {url.host}:{port}"


def _connection_error(request: httpx.Request, error: Exception) -> APIConnectionError:
    operation = operation_of(request)
    name = _operation_id(request)
    if operation is not None and not operation.idempotent and not never_sent(error):
        hint = outcome_hint(operation.operation_id, path_values(operation, request))
        cls = TimeoutOutcomeUnknownError if isinstance(error, httpx.TimeoutException) else ConnectionOutcomeUnknownError
        return cls(
            f"{_where(request)} failed after the request was sent ({type(error).__name__}: {error}); {hint}",
            operation=name,
        )
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"{_where(request)} timed out: {error}", operation=name)
    return APIConnectionError(f"{_where(request)} failed: {type(error).__name__}: {error}", operation=name)


def _overall_timeout(request: httpx.Request) -> float | None:
    """The caller's timeout, also used as a deadline for the whole call (retries included)."""
    values = [v for v in dict(request.extensions.get("timeout", {})).values() if v is not None]
    return max(values) if values else None


class _Inflater:
    """gzip/deflate decoded in bounded steps: a small bomb never expands all at once in memory.

    httpx decodes each network chunk whole (64 KiB of zeros can become 64 MiB); here each step
    yields at most DECODE_STEP bytes, so the reader refuses a bomb after reading just past its
    limit. Other encodings (none, br, zstd) are left to httpx.
    """

    DECODE_STEP = 256 * 1024

    def __init__(self, encoding: str) -> None:
        wbits = 16 + zlib.MAX_WBITS if encoding == "gzip" else zlib.MAX_WBITS
        self._z = zlib.decompressobj(wbits)

    def decode(self, data: bytes) -> Iterator[bytes]:
        try:
            while data:
                out = self._z.decompress(data, self.DECODE_STEP)
                data = self._z.unconsumed_tail
                if out:
                    yield out
                elif not data:
                    break
        except zlib.error as error:
            raise httpx.DecodingError(f"cannot decode the compressed body: {error}") from error


class _Reader:
    """Collects an answer's (decoded) body, refusing one too large or too slow."""

    def __init__(self, request: httpx.Request, limit: int, deadline: float | None, clock: Callable[[], float]) -> None:
        self._request, self._limit, self._deadline, self._clock = request, limit, deadline, clock
        self._parts: list[bytes] = []
        self._size = 0
        self._inflater: _Inflater | None = None

    def inflates(self, raw: httpx.Response) -> bool:
        """Whether this reader decodes the raw body itself (gzip, deflate) instead of httpx."""
        encoding = raw.headers.get("content-encoding", "").strip().lower()
        if encoding in ("gzip", "deflate"):
            self._inflater = _Inflater(encoding)
        return self._inflater is not None

    def take(self, data: bytes) -> None:
        if self._inflater is None:
            self.feed(data)
            return
        for chunk in self._inflater.decode(data):
            self.feed(chunk)

    def feed(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self._limit:
            raise ResponseTooLargeError(
                f"{_where(self._request)}: the answer is larger than max_response_bytes={self._limit}"
                " (after decompression); refusing to read more",
                operation=_operation_id(self._request),
            )
        if self._deadline is not None and self._clock() > self._deadline:
            raise APITimeoutError(
                f"{_where(self._request)}: the answer was still arriving when the timeout ran out",
                operation=_operation_id(self._request),
            )
        self._parts.append(chunk)

    def response(self, raw: httpx.Response) -> httpx.Response:
        operation = operation_of(self._request)
        carried = OperationHeaders(raw.headers)
        # The body is already decoded; keeping the header would make httpx decode it again.
        if "content-encoding" in carried:
            del carried["content-encoding"]
        response = httpx.Response(
            raw.status_code, content=b"".join(self._parts), request=self._request, extensions=raw.extensions
        )
        carried.operation = operation.name if operation else None
        carried.request = self._request
        response.headers = carried
        return response


class _Pipeline:
    """Every decision about one call: checks, routing, retries, deadlines, typed failures."""

    def __init__(
        self,
        policy: RetryPolicy,
        limits: Limits,
        route_from: str | None,
        clock: Callable[[], float],
        rand: Callable[[], float],
    ) -> None:
        self.policy, self.limits, self.route_from, self.clock, self.rand = policy, limits, route_from, clock, rand

    def reader(self, request: httpx.Request) -> _Reader:
        """A reader for the answer that has just started: its body must be whole within the
        timeout from now (so a long upload still gets the time to read its answer)."""
        total = request.extensions.get("symbl_total")
        deadline = None if total is None else self.clock() + total
        return _Reader(request, self.limits.max_response_bytes, deadline, self.clock)

    def flow(self, request: httpx.Request) -> Flow[httpx.Request, httpx.Response]:
        if not request.extensions.get("symbl_checked"):
            check_request(request)
        _route(request, self.route_from)
        declare_size(request)
        operation = operation_of(request)
        can_replay = replayable(request)
        total = _overall_timeout(request)
        request.extensions["symbl_total"] = total
        deadline = None if total is None else self.clock() + total
        attempt = 0
        while True:
            self._arm(request, deadline)
            give_up = functools.partial(self._give_up, attempt, deadline, can_replay)
            try:
                response: httpx.Response = yield request
            except READ_FAILURES as error:
                delay, why = self.policy.backoff(attempt, self.rand), f"{type(error).__name__}: {error}"
                safe = never_sent(error) or is_idempotent(request)
                if not safe or give_up(delay, sent=not never_sent(error)):
                    raise _connection_error(request, error) from error
            else:
                _check_status(request, response)
                if should_retry_status(request, response.status_code):
                    delay, why = self.policy.delay_for(attempt, response, self.rand), f"HTTP {response.status_code}"
                    if give_up(delay):
                        return response
                else:
                    try:
                        if request.extensions.get("symbl_validate", True):
                            check(operation, response)
                        return response
                    except NotJSONError:
                        delay, why = self.policy.backoff(attempt, self.rand), "an unreadable answer"
                        if not is_idempotent(request) or give_up(delay):
                            raise
            logger.info("%s: %s, retry %d in %.2f s", _where(request), why, attempt + 1, delay)
            yield Sleep(delay)
            attempt += 1

    def _give_up(
        self, attempt: int, deadline: float | None, can_replay: bool, delay: float, *, sent: bool = True
    ) -> bool:
        """No retry: out of attempts, a body that cannot be sent again, or no time left to wait."""
        return (
            attempt >= self.policy.max_retries
            or (sent and not can_replay)
            or (deadline is not None and self.clock() + delay >= deadline)
        )

    def _arm(self, request: httpx.Request, deadline: float | None) -> None:
        """Bound each attempt by what is left of the deadline (a stalled read ends in time)."""
        if deadline is None:
            return
        left = max(0.001, deadline - self.clock())
        timeouts = dict(request.extensions.get("timeout", {}))
        request.extensions["timeout"] = {k: (left if v is None else min(v, left)) for k, v in timeouts.items()}


def _check_status(request: httpx.Request, response: httpx.Response) -> None:
    """Redirects (never followed) and status codes outside HTTP (the generated code cannot
    represent them) become typed errors here."""
    status = response.status_code
    if 200 <= status < 300 or (status >= 400 and status in KNOWN_STATUSES):
        return
    if 300 <= status < 400:
        where = response.headers.get("location", "nowhere")
        message = (
            f"{_where(request)} was redirected ({status}) to {where}; the API does not redirect, so it is not followed"
        )
    else:
        message = f"{_where(request)}: the server answered with the unknown HTTP status {status}"
    raise APIStatusError(
        message, status_code=status, body=response.content, headers=response.headers, operation=_operation_id(request)
    )


class _CallerTransport(httpx.BaseTransport):
    """Sends through the caller's client as it is (its transport, proxies, hooks, TLS settings)."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, stream=True, auth=None, follow_redirects=False)


class _AsyncCallerTransport(httpx.AsyncBaseTransport):
    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True, auth=None, follow_redirects=False)


class Transport(httpx.BaseTransport):
    """Sync driver of the pipeline."""

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.Client,
        policy: RetryPolicy,
        *,
        limits: Limits = Limits(),
        route_from: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self._inner = _CallerTransport(inner) if isinstance(inner, httpx.Client) else inner
        self._owns_inner = not isinstance(inner, httpx.Client)
        self._pipeline = _Pipeline(policy, limits, route_from, clock, rand)
        self._sleep = sleep

    def _send(self, request: httpx.Request) -> httpx.Response:
        raw = self._inner.handle_request(request)
        reader = self._pipeline.reader(request)
        try:
            for data in raw.iter_raw() if reader.inflates(raw) else raw.iter_bytes():
                reader.take(data)
        finally:
            raw.close()
        return reader.response(raw)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return run(self._pipeline.flow(request), self._send, self._sleep)

    def close(self) -> None:
        if self._owns_inner:
            self._inner.close()


class AsyncTransport(httpx.AsyncBaseTransport):
    """Async driver of the pipeline."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | httpx.AsyncClient,
        policy: RetryPolicy,
        *,
        limits: Limits = Limits(),
        route_from: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Any] = asyncio.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self._inner = _AsyncCallerTransport(inner) if isinstance(inner, httpx.AsyncClient) else inner
        self._owns_inner = not isinstance(inner, httpx.AsyncClient)
        self._pipeline = _Pipeline(policy, limits, route_from, clock, rand)
        self._sleep = sleep

    async def _send(self, request: httpx.Request) -> httpx.Response:
        raw = await self._inner.handle_async_request(request)
        reader = self._pipeline.reader(request)
        try:
            async for data in raw.aiter_raw() if reader.inflates(raw) else raw.aiter_bytes():
                reader.take(data)
        finally:
            await raw.aclose()
        return reader.response(raw)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await arun(self._pipeline.flow(request), self._send, self._sleep)

    async def aclose(self) -> None:
        if self._owns_inner:
            await self._inner.aclose()
