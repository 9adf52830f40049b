"""The transport every request goes through: argument checks, server routing, retries, and
connection errors turned into this client's typed errors."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable

import httpx

from ._errors import APIConnectionError, APITimeoutError
from ._logging import logger
from ._params import check_request
from ._retry import RetryPolicy, operation_of, should_retry_error, should_retry_status


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


def _connection_error(request: httpx.Request, error: httpx.TransportError) -> APIConnectionError:
    operation = operation_of(request)
    name = operation.operation_id if operation else None
    where = f"{request.method} {request.url.path}"
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"{where} timed out: {error}", operation=name)
    return APIConnectionError(f"{where} failed: {type(error).__name__}: {error}", operation=name)


class _Retrying:
    """The retry decision both transports share: how long to wait before the next attempt, or None."""

    def __init__(self, policy: RetryPolicy, route_from: str | None, rand: Callable[[], float]) -> None:
        self._policy, self._route_from, self._rand = policy, route_from, rand

    def prepare(self, request: httpx.Request) -> None:
        check_request(request)
        _route(request, self._route_from)

    def after_error(self, request: httpx.Request, error: httpx.TransportError, attempt: int) -> float:
        if attempt < self._policy.max_retries and should_retry_error(request, error):
            delay = self._policy.delay_for(attempt, None, self._rand)
            logger.info("%s %s: %r, retry %d in %.2f s", request.method, request.url.path, error, attempt + 1, delay)
            return delay
        raise _connection_error(request, error) from error

    def after_response(self, request: httpx.Request, response: httpx.Response, attempt: int) -> float | None:
        if attempt < self._policy.max_retries and should_retry_status(request, response.status_code):
            delay = self._policy.delay_for(attempt, response, self._rand)
            logger.info(
                "%s %s: HTTP %d, retry %d in %.2f s",
                request.method,
                request.url.path,
                response.status_code,
                attempt + 1,
                delay,
            )
            return delay
        response.extensions = {**response.extensions, "symbl_retries": attempt}
        return None


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport with argument checks, routing and retries (sync)."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        *,
        route_from: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self._inner, self._sleep = inner, sleep
        self._retrying = _Retrying(policy, route_from, rand)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._retrying.prepare(request)
        attempt = 0
        while True:
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError as error:
                delay: float | None = self._retrying.after_error(request, error, attempt)
            else:
                delay = self._retrying.after_response(request, response, attempt)
                if delay is None:
                    return response
                response.close()
            assert delay is not None
            self._sleep(delay)
            attempt += 1

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps a transport with argument checks, routing and retries (async)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        route_from: str | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self._inner, self._sleep = inner, sleep
        self._retrying = _Retrying(policy, route_from, rand)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._retrying.prepare(request)
        attempt = 0
        while True:
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError as error:
                delay: float | None = self._retrying.after_error(request, error, attempt)
            else:
                delay = self._retrying.after_response(request, response, attempt)
                if delay is None:
                    return response
                await response.aclose()
            assert delay is not None
            await self._sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self._inner.aclose()
