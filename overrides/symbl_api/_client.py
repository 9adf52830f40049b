"""`Symbl` and `AsyncSymbl`: the generated resources plus auth, retries, errors, jobs and pages."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast

import httpx

from _symbl_api_generated._operations import ENVIRONMENTS
from _symbl_api_generated.client import Client
from _symbl_api_generated.models.token_request import TokenRequest
from _symbl_api_generated.resources import AsyncSymblResources, SymblResources

from ._auth import TokenAuth, TokenCache
from ._errors import InvalidArgumentError, ResponseValidationError, SymblError
from ._logging import configure_from_env, logger, redact_headers
from ._polling import AsyncJobPoller, JobPoller, PollPolicy, ProgressCallback
from ._retry import RetryPolicy
from ._runtimes import _AsyncRuntime, _SyncRuntime
from ._transport import DEFAULT_MAX_RESPONSE_BYTES, AsyncTransport, Limits, Transport

if TYPE_CHECKING:  # imported on first use of `client.streaming` (websockets is heavy)
    from .streaming import AsyncStreaming, Streaming

T = TypeVar("T")
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
DEFAULT_ENVIRONMENT = "production"
USER_AGENT = "acme-symbl-api-client"


def _resolve_base_url(base_url: str | None, environment: str | None) -> str:
    if base_url:
        return base_url.rstrip("/")
    if environment is None and os.environ.get("SYMBL_BASE_URL"):
        return os.environ["SYMBL_BASE_URL"].rstrip("/")
    name = environment or DEFAULT_ENVIRONMENT
    if name not in ENVIRONMENTS:
        raise InvalidArgumentError("environment", f"unknown environment {name!r}; use one of {', '.join(ENVIRONMENTS)}")
    return ENVIRONMENTS[name]


class _Settings:
    """Everything both client flavours resolve the same way from arguments and environment."""

    def __init__(
        self,
        *,
        app_id: str | None,
        app_secret: str | None,
        access_token: str | None,
        environment: str | None,
        base_url: str | None,
        max_retries: int,
        auth_scheme: str,
        clock: Callable[[], float],
    ) -> None:
        configure_from_env()
        self.app_id = app_id or os.environ.get("SYMBL_APP_ID")
        self.app_secret = app_secret or os.environ.get("SYMBL_APP_SECRET")
        self.access_token = access_token or os.environ.get("SYMBL_ACCESS_TOKEN")
        if not self.access_token and not (self.app_id and self.app_secret):
            missing = " and ".join(n for n, v in (("app_id", self.app_id), ("app_secret", self.app_secret)) if not v)
            raise SymblError(
                f"no credentials: {missing} missing. Pass app_id= and app_secret= (or set SYMBL_APP_ID and"
                " SYMBL_APP_SECRET), or pass access_token= (SYMBL_ACCESS_TOKEN)."
            )
        self.base_url = _resolve_base_url(base_url, environment)
        self.auth_scheme = auth_scheme
        self.retry = RetryPolicy(max_retries=max_retries)
        # Labs-only operations are routed to their own server only when talking to production.
        self.route_from = (
            ENVIRONMENTS.get(DEFAULT_ENVIRONMENT) if self.base_url == ENVIRONMENTS.get(DEFAULT_ENVIRONMENT) else None
        )
        self.cache = TokenCache(static_token=self.access_token, clock=clock)

    def token_request(self) -> TokenRequest:
        assert self.app_id and self.app_secret
        return TokenRequest(app_id=self.app_id, app_secret=self.app_secret)

    def describe(self, cls: str) -> str:
        auth = "access token" if self.access_token else f"app {self.app_id}"
        return f"{cls}(base_url={self.base_url!r}, auth={auth!r})"


def _token_parts(token: Any) -> tuple[str, float]:
    """(access token, lifetime) from a token answer, or a typed error if it is not usable."""
    value, lifetime = getattr(token, "access_token", None), getattr(token, "expires_in", None)
    problem = None
    if not isinstance(value, str) or not value:
        problem = "accessToken is not a non-empty string"
    elif isinstance(lifetime, bool) or not isinstance(lifetime, (int, float)) or not 0 < lifetime < float("inf"):
        problem = "expiresIn is not a positive number of seconds"
    if problem is not None:
        raise ResponseValidationError(
            f"generateToken answered with an unusable token: {problem}",
            operation="generateToken",
            status_code=200,
            path="$.accessToken" if problem.startswith("access") else "$.expiresIn",
            body=b"",
        )
    assert isinstance(value, str)
    return value, float(lifetime)  # type: ignore[arg-type]


def _log_request(request: httpx.Request) -> None:
    # Checked first: redacting headers costs time on every request, and debug is usually off.
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s %s headers=%s", request.method, request.url, redact_headers(request.headers))


async def _alog_request(request: httpx.Request) -> None:
    _log_request(request)


def _http_settings(
    settings: _Settings,
    auth: TokenAuth,
    timeout: float | httpx.Timeout | None,
    http_client: httpx.Client | httpx.AsyncClient | None,
    default_headers: Mapping[str, str] | None,
) -> dict[str, Any]:
    """What our own httpx client is built with, for either flavour.

    A caller's `http_client` is only sent through (see `_transport`): its base URL, auth,
    headers and retries are left as they are, and two clients can share one safely.
    """
    if timeout is None:
        timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
    return {
        "base_url": settings.base_url,
        "auth": auth,
        "headers": {"User-Agent": USER_AGENT, **(default_headers or {})},
        "timeout": timeout,
        "follow_redirects": False,
    }


P = TypeVar("P", JobPoller, AsyncJobPoller)


class _ClientBase(Generic[P]):
    """What `Symbl` and `AsyncSymbl` do the same way."""

    _settings: _Settings
    _client: Client
    _poller: type[P]
    _sleep: Any

    def job(self, job_id: str, conversation_id: str | None = None, *, on_status: ProgressCallback | None = None) -> P:
        """A poller for a job, e.g. one started by another process (resume from its id)."""
        return self._poller(
            cast(Any, self),
            self._client,
            str(job_id),
            conversation_id,
            policy=self.poll_policy,
            on_status=on_status,
            clock=self._clock,
            sleep=self._sleep,
        )

    def _configure(
        self,
        *,
        app_id: str | None,
        app_secret: str | None,
        access_token: str | None,
        environment: str | None,
        base_url: str | None,
        max_retries: int,
        auth_scheme: str,
        poll_policy: PollPolicy | None,
        clock: Callable[[], float],
    ) -> None:
        self._settings = _Settings(
            app_id=app_id,
            app_secret=app_secret,
            access_token=access_token,
            environment=environment,
            base_url=base_url,
            max_retries=max_retries,
            auth_scheme=auth_scheme,
            clock=clock,
        )
        self.poll_policy = poll_policy or PollPolicy()
        self._clock = clock

    def _pipeline_options(self, max_response_bytes: int) -> dict[str, Any]:
        return {
            "limits": Limits(max_response_bytes=max_response_bytes),
            "route_from": self._settings.route_from,
            "clock": self._clock,
        }

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    def __repr__(self) -> str:
        return self._settings.describe(type(self).__name__)


class Symbl(_ClientBase[JobPoller], SymblResources):
    """Synchronous Symbl API client: `client.<tag>.<operation>(...)` for every operation of the spec.

    Credentials: `app_id`/`app_secret` (or SYMBL_APP_ID/SYMBL_APP_SECRET) to have tokens fetched
    and refreshed, or a ready `access_token`. Server: `base_url`, else SYMBL_BASE_URL, else the
    named `environment` (production, labs, mock). `timeout` bounds each call, retries included.
    """

    _poller = JobPoller

    def __init__(
        self,
        *,
        app_id: str | None = None,
        app_secret: str | None = None,
        access_token: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        auth_scheme: str = "bearerAuth",
        poll_policy: PollPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._configure(
            app_id=app_id,
            app_secret=app_secret,
            access_token=access_token,
            environment=environment,
            base_url=base_url,
            max_retries=max_retries,
            auth_scheme=auth_scheme,
            poll_policy=poll_policy,
            clock=clock,
        )
        self._sleep = sleep
        auth = TokenAuth(self._settings.cache, scheme=auth_scheme, fetch=self._fetch_token)
        transport = Transport(
            http_client or httpx.HTTPTransport(),
            self._settings.retry,
            sleep=sleep,
            **self._pipeline_options(max_response_bytes),
        )
        self._http = httpx.Client(
            transport=transport,
            event_hooks={"request": [_log_request]},
            **_http_settings(self._settings, auth, timeout, http_client, default_headers),
        )
        self._client = Client(base_url=self._settings.base_url).set_httpx_client(self._http)
        super().__init__(_SyncRuntime(self, self._client))

    @cached_property
    def streaming(self) -> Streaming:
        """Real-time Symbl over WebSocket (loaded on first use)."""
        from .streaming import Streaming

        return Streaming(self)

    def _fetch_token(self) -> tuple[str, float]:
        return _token_parts(self.auth.generate_token(body=self._settings.token_request()))

    def close(self) -> None:
        """Close this client's connections (a caller's http_client stays open: it is theirs)."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncSymbl(_ClientBase[AsyncJobPoller], AsyncSymblResources):
    """Asynchronous twin of `Symbl`: the same resources and helpers, awaited."""

    _poller = AsyncJobPoller

    def __init__(
        self,
        *,
        app_id: str | None = None,
        app_secret: str | None = None,
        access_token: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        auth_scheme: str = "bearerAuth",
        poll_policy: PollPolicy | None = None,
        max_concurrency: int | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._configure(
            app_id=app_id,
            app_secret=app_secret,
            access_token=access_token,
            environment=environment,
            base_url=base_url,
            max_retries=max_retries,
            auth_scheme=auth_scheme,
            poll_policy=poll_policy,
            clock=clock,
        )
        self._sleep = sleep
        auth = TokenAuth(self._settings.cache, scheme=auth_scheme, afetch=self._fetch_token)
        limits = httpx.Limits(max_connections=max_concurrency) if max_concurrency else httpx.Limits()
        transport = AsyncTransport(
            http_client or httpx.AsyncHTTPTransport(limits=limits),
            self._settings.retry,
            sleep=sleep,
            **self._pipeline_options(max_response_bytes),
        )
        self._http = httpx.AsyncClient(
            transport=transport,
            event_hooks={"request": [_alog_request]},
            **_http_settings(self._settings, auth, timeout, http_client, default_headers),
        )
        self._client = Client(base_url=self._settings.base_url).set_async_httpx_client(self._http)
        super().__init__(_AsyncRuntime(self, self._client))

    @cached_property
    def streaming(self) -> AsyncStreaming:
        """Real-time Symbl over WebSocket (loaded on first use)."""
        from .streaming import AsyncStreaming

        return AsyncStreaming(self)

    async def _fetch_token(self) -> tuple[str, float]:
        return _token_parts(await self.auth.generate_token(body=self._settings.token_request()))

    async def close(self) -> None:
        """Close this client's connections (a caller's http_client stays open: it is theirs)."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
