"""`Symbl` and `AsyncSymbl`: the generated resources plus auth, retries, errors, jobs and pages."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import IO, Any, Self, TypeVar

import httpx

from _symbl_api_generated._operations import ENVIRONMENTS, OPERATIONS
from _symbl_api_generated.client import Client
from _symbl_api_generated.models.token_request import TokenRequest
from _symbl_api_generated.resources import AsyncSymblResources, SymblResources
from _symbl_api_generated.types import File, Response

from ._auth import TokenAuth, TokenCache
from ._errors import InvalidArgumentError, SymblError, status_error
from ._logging import configure_from_env, logger, redact_headers
from ._pagination import AsyncPager, SyncPager
from ._polling import AsyncJobPoller, JobPoller, PollPolicy, ProgressCallback
from ._retry import RetryPolicy
from ._transport import AsyncRetryTransport, RetryTransport
from ._uploads import to_file
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


def _job_ids(operation: str, accepted: Any) -> tuple[str, str]:
    """(job id, conversation id) from an accepted submission, per the spec's x-symbl-job."""
    job = OPERATIONS[operation].job
    assert job is not None, f"{operation} does not start a job"
    data = accepted.to_dict()
    return str(data[job.job_id_field]), str(data[job.conversation_id_field])


class _RuntimeBase:
    """What both runtimes do the same way: the generated client, status errors, uploads."""

    asynchronous = False

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def client(self) -> Client:
        return self._client

    def raise_for_status(self, response: Response[Any]) -> None:
        if response.status_code >= 400:
            raise status_error(int(response.status_code), response.content, response.headers)

    def upload(
        self, operation: str, source: str | os.PathLike[str] | bytes | IO[bytes] | File, media_type: str | None
    ) -> File:
        return to_file(operation, source, media_type, asynchronous=self.asynchronous)


class _SyncRuntime(_RuntimeBase):
    """Implements the generated SyncRuntime contract for `Symbl`."""

    def __init__(self, owner: Symbl, client: Client) -> None:
        super().__init__(client)
        self._owner = owner

    def start_job(self, operation: str, accepted: Any) -> JobPoller:
        return self._owner.job(*_job_ids(operation, accepted))

    def paginate(
        self,
        operation: str,
        fetch: Callable[[int, int], list[T]],
        *,
        page_size: int | None,
        max_items: int | None,
        start_offset: int,
    ) -> SyncPager[T]:
        return SyncPager(operation, fetch, page_size=page_size, max_items=max_items, start_offset=start_offset)


class _AsyncRuntime(_RuntimeBase):
    """Implements the generated AsyncRuntime contract for `AsyncSymbl`."""

    asynchronous = True

    def __init__(self, owner: AsyncSymbl, client: Client) -> None:
        super().__init__(client)
        self._owner = owner

    def start_job(self, operation: str, accepted: Any) -> AsyncJobPoller:
        return self._owner.job(*_job_ids(operation, accepted))

    def paginate(
        self,
        operation: str,
        fetch: Callable[[int, int], Awaitable[list[T]]],
        *,
        page_size: int | None,
        max_items: int | None,
        start_offset: int,
    ) -> AsyncPager[T]:
        return AsyncPager(operation, fetch, page_size=page_size, max_items=max_items, start_offset=start_offset)


def _wire(
    http: httpx.Client | httpx.AsyncClient,
    settings: _Settings,
    auth: TokenAuth,
    default_headers: Mapping[str, str] | None,
    hook: Callable[[httpx.Request], Any],
) -> None:
    """Point an httpx client at the API with our auth, headers and request logging."""
    http.base_url = httpx.URL(settings.base_url)
    http.auth = auth
    http.headers.update({"User-Agent": USER_AGENT, **(default_headers or {})})
    http.event_hooks["request"].append(hook)


def _log_request(request: httpx.Request) -> None:
    # Checked first: redacting headers costs time on every request, and debug is usually off.
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s %s headers=%s", request.method, request.url, redact_headers(request.headers))


async def _alog_request(request: httpx.Request) -> None:
    _log_request(request)


class Symbl(SymblResources):
    """Synchronous Symbl API client: `client.<tag>.<operation>(...)` for every operation of the spec.

    Credentials: `app_id`/`app_secret` (or SYMBL_APP_ID/SYMBL_APP_SECRET) to have tokens fetched
    and refreshed, or a ready `access_token`. Server: `base_url`, else SYMBL_BASE_URL, else the
    named `environment` (production, labs, mock).
    """

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
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
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
        self._clock, self._sleep = clock, sleep
        auth = TokenAuth(self._settings.cache, scheme=auth_scheme, fetch=self._fetch_token)
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.Client(
                transport=httpx.HTTPTransport(), timeout=DEFAULT_TIMEOUT if timeout is None else timeout
            )
        elif timeout is not None:
            # An explicit timeout applies to a caller's client too instead of being dropped.
            http_client.timeout = httpx.Timeout(timeout)
        # httpx offers no public hook to wrap an existing client's transport; 0.28 is pinned.
        http_client._transport = RetryTransport(
            http_client._transport, self._settings.retry, route_from=self._settings.route_from, sleep=sleep
        )
        _wire(http_client, self._settings, auth, default_headers, _log_request)
        self._http = http_client
        self._client = Client(base_url=self._settings.base_url).set_httpx_client(http_client)
        super().__init__(_SyncRuntime(self, self._client))
        self.streaming = Streaming(self)

    def _fetch_token(self) -> tuple[str, float]:
        token = self.auth.generate_token(body=self._settings.token_request())
        return token.access_token, float(token.expires_in)

    def job(
        self, job_id: str, conversation_id: str | None = None, *, on_status: ProgressCallback | None = None
    ) -> JobPoller:
        """A poller for a job, e.g. one started by another process (resume from its id)."""
        return JobPoller(
            self,
            self._client,
            str(job_id),
            conversation_id,
            policy=self.poll_policy,
            on_status=on_status,
            clock=self._clock,
            sleep=self._sleep,
        )

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    def close(self) -> None:
        """Close connections (only those of an http_client this client created)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return self._settings.describe(type(self).__name__)


class AsyncSymbl(AsyncSymblResources):
    """Asynchronous twin of `Symbl`: the same resources and helpers, awaited."""

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
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
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
        self._clock, self._sleep = clock, sleep
        auth = TokenAuth(self._settings.cache, scheme=auth_scheme, afetch=self._fetch_token)
        self._owns_http = http_client is None
        if http_client is None:
            limits = httpx.Limits(max_connections=max_concurrency) if max_concurrency else httpx.Limits()
            http_client = httpx.AsyncClient(
                transport=httpx.AsyncHTTPTransport(limits=limits),
                timeout=DEFAULT_TIMEOUT if timeout is None else timeout,
            )
        elif timeout is not None:
            http_client.timeout = httpx.Timeout(timeout)
        http_client._transport = AsyncRetryTransport(
            http_client._transport, self._settings.retry, route_from=self._settings.route_from, sleep=sleep
        )
        _wire(http_client, self._settings, auth, default_headers, _alog_request)
        self._http = http_client
        self._client = Client(base_url=self._settings.base_url).set_async_httpx_client(http_client)
        super().__init__(_AsyncRuntime(self, self._client))
        self.streaming = AsyncStreaming(self)

    async def _fetch_token(self) -> tuple[str, float]:
        token = await self.auth.generate_token(body=self._settings.token_request())
        return token.access_token, float(token.expires_in)

    def job(
        self, job_id: str, conversation_id: str | None = None, *, on_status: ProgressCallback | None = None
    ) -> AsyncJobPoller:
        """A poller for a job, e.g. one started by another process (resume from its id)."""
        return AsyncJobPoller(
            self,
            self._client,
            str(job_id),
            conversation_id,
            policy=self.poll_policy,
            on_status=on_status,
            clock=self._clock,
            sleep=self._sleep,
        )

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return self._settings.describe(type(self).__name__)
