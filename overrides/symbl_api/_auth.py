"""Access tokens: fetched from app credentials, cached, refreshed before expiry and once on a 401.

`TokenAuth` is an `httpx.Auth`, so it wraps every request of the client, sync or async. A token
is fetched by one thread or task at a time; the others wait and reuse it.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from dataclasses import dataclass

import httpx

from _symbl_api_generated._operations import OPERATIONS, SECURITY_SCHEMES

from ._logging import logger

# Refresh this long before the token's stated expiry, so a request never carries a token that
# expires in flight; capped at a tenth of the lifetime for short-lived tokens.
REFRESH_MARGIN_SECONDS = 60.0


@dataclass(frozen=True)
class IssuedToken:
    value: str
    expires_at: float


class TokenCache:
    """The current token and when to refresh it; fetching is supplied by the client."""

    def __init__(self, *, static_token: str | None, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._token = IssuedToken(static_token, float("inf")) if static_token else None
        self.refreshable = static_token is None
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None

    def issue(self, value: str, expires_in: float) -> IssuedToken:
        margin = min(REFRESH_MARGIN_SECONDS, expires_in / 10)
        self._token = IssuedToken(value, self._clock() + expires_in - margin)
        logger.debug("access token obtained, valid for %.0f s", expires_in)
        return self._token

    def _fresh(self, stale: str | None) -> IssuedToken | None:
        token = self._token
        if token is None or token.value == stale or self._clock() >= token.expires_at:
            return None
        return token

    def get(self, fetch: Callable[[], tuple[str, float]], stale: str | None = None) -> str:
        token = self._fresh(stale)
        if token is not None:
            return token.value
        with self._thread_lock:
            token = self._fresh(stale)
            if token is None:
                token = self.issue(*fetch())
            return token.value

    async def aget(self, fetch: Callable[[], Awaitable[tuple[str, float]]], stale: str | None = None) -> str:
        token = self._fresh(stale)
        if token is not None:
            return token.value
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        async with self._async_lock:
            token = self._fresh(stale)
            if token is None:
                token = self.issue(*(await fetch()))
            return token.value


def _needs_auth(request: httpx.Request) -> bool:
    operation = OPERATIONS.get(str(request.extensions.get("symbl_operation", "")))
    return operation is None or operation.requires_auth


class TokenAuth(httpx.Auth):
    """Adds the token to every authenticated operation; refreshes once on a 401."""

    def __init__(
        self,
        cache: TokenCache,
        *,
        scheme: str,
        fetch: Callable[[], tuple[str, float]] | None = None,
        afetch: Callable[[], Awaitable[tuple[str, float]]] | None = None,
    ) -> None:
        if scheme not in SECURITY_SCHEMES:
            raise ValueError(f"auth_scheme must be one of {sorted(SECURITY_SCHEMES)}, not {scheme!r}")
        self._cache = cache
        self._header = SECURITY_SCHEMES[scheme]
        self._fetch = fetch
        self._afetch = afetch

    def _apply(self, request: httpx.Request, token: str) -> None:
        request.headers[self._header] = f"Bearer {token}" if self._header == "Authorization" else token

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if not _needs_auth(request):
            yield request
            return
        assert self._fetch is not None, "sync client without a sync token fetcher"
        token = self._cache.get(self._fetch)
        self._apply(request, token)
        response = yield request
        if response.status_code == 401 and self._cache.refreshable:
            logger.info("401 from the API: refreshing the access token once")
            self._apply(request, self._cache.get(self._fetch, stale=token))
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if not _needs_auth(request):
            yield request
            return
        assert self._afetch is not None, "async client without an async token fetcher"
        token = await self._cache.aget(self._afetch)
        self._apply(request, token)
        response = yield request
        if response.status_code == 401 and self._cache.refreshable:
            logger.info("401 from the API: refreshing the access token once")
            await response.aread()
            self._apply(request, await self._cache.aget(self._afetch, stale=token))
            yield request
