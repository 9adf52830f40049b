"""Access tokens: fetched from app credentials, cached, refreshed before expiry and once on a 401.

`TokenAuth` is an `httpx.Auth`, so it wraps every request of the client, sync or async. A token
is fetched by one thread or task at a time; the others wait and reuse it, so concurrent
refreshes coalesce into one token request.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from dataclasses import dataclass, field
from typing import Any, cast

import httpx

from _symbl_api_generated._operations import OPERATIONS, SECURITY_SCHEMES

from ._logging import logger
from ._params import check_request
from ._uploads import replayable

# Refresh this long before the token's stated expiry, so a request never carries a token that
# expires in flight; capped at a tenth of the lifetime for short-lived tokens.
REFRESH_MARGIN_SECONDS = 60.0


@dataclass(frozen=True)
class IssuedToken:
    value: str = field(repr=False)
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

    def get(self, fetch: Callable[[], tuple[str, float]], stale: str | None = None) -> tuple[str, bool]:
        """(token, whether this call fetched it): another thread's fresh token is reused."""
        token = self._fresh(stale)
        if token is not None:
            return token.value, False
        with self._thread_lock:
            token = self._fresh(stale)
            if token is not None:
                return token.value, False
            return self.issue(*fetch()).value, True

    async def aget(
        self, fetch: Callable[[], Awaitable[tuple[str, float]]], stale: str | None = None
    ) -> tuple[str, bool]:
        token = self._fresh(stale)
        if token is not None:
            return token.value, False
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        async with self._async_lock:
            token = self._fresh(stale)
            if token is not None:
                return token.value, False
            return self.issue(*(await fetch())).value, True


def _needs_auth(request: httpx.Request) -> bool:
    operation = OPERATIONS.get(str(request.extensions.get("symbl_operation", "")))
    return operation is None or operation.requires_auth


@dataclass(frozen=True)
class _NeedToken:
    stale: str | None = field(repr=False)


# After a 401 the request is sent once more with a token fetched for it. A token that another
# task fetched meanwhile may itself be refused (it was issued before our 401 was seen, e.g. the
# server's reused token about to expire): that attempt does not count, up to this many sends.
MAX_SENDS = 4


class TokenAuth(httpx.Auth):
    """Adds the token to every authenticated operation; refreshes on a 401 (coalesced)."""

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

    def _flow(self, request: httpx.Request) -> Generator[httpx.Request | _NeedToken, Any, None]:
        """Yields the request to send, or what token it needs; written once for both flavours."""
        if not _needs_auth(request):
            yield request
            return
        check_request(request)  # a bad argument fails before a token is fetched for it
        request.extensions["symbl_checked"] = True
        token, fetched = yield _NeedToken(None)
        for send in range(MAX_SENDS):
            request.headers[self._header] = f"Bearer {token}" if self._header == "Authorization" else token
            response: httpx.Response = yield request
            if response.status_code != 401 or not self._cache.refreshable or send == MAX_SENDS - 1:
                return
            if send > 0 and fetched:
                return  # a token fetched for this very request was refused: the credentials are wrong
            if not replayable(request):
                logger.info("401 from the API: the upload cannot be sent again, so it is not retried")
                return
            logger.info("401 from the API: refreshing the access token")
            token, fetched = yield _NeedToken(token)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow, reply = self._flow(request), cast(Any, None)
        try:
            while True:
                step = flow.send(reply)
                if isinstance(step, _NeedToken):
                    assert self._fetch is not None, "sync client without a sync token fetcher"
                    reply = self._cache.get(self._fetch, stale=step.stale)
                else:
                    reply = yield step
        except StopIteration:
            return

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow, reply = self._flow(request), cast(Any, None)
        try:
            while True:
                step = flow.send(reply)
                if isinstance(step, _NeedToken):
                    assert self._afetch is not None, "async client without an async token fetcher"
                    reply = await self._cache.aget(self._afetch, stale=step.stale)
                else:
                    reply = yield step
        except StopIteration:
            return
