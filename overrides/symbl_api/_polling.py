"""Job polling: wait for a processing job to become final, with a policy of its own.

The poll interval grows with the time already waited (a tenth of it, between `initial` and
`max_interval`), so a job is seen done within about 10% of its duration and the number of
polls grows only logarithmically. A `Retry-After` on a status response is honoured within
bounds (never shorter than `initial`, never past the deadline; garbage is ignored). Which
statuses are final comes from the spec (x-symbl-job-status); an unknown status is logged once
and polling goes on. Transient poll failures (connection, 429, 5xx) are retried until the
deadline instead of being reported as a job failure.
"""

from __future__ import annotations

import asyncio
import importlib
import random
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from _symbl_api_generated._operations import JOB_STATUS, OPERATIONS
from _symbl_api_generated.client import Client

from ._errors import (
    APIConnectionError,
    InternalServerError,
    InvalidArgumentError,
    JobFailedError,
    JobTimeoutError,
    RateLimitError,
    status_error,
    truncate,
)
from ._flow import Flow, Sleep, arun, run
from ._logging import logger
from ._retry import retry_after
from ._validation import NotJSONError

if TYPE_CHECKING:
    from _symbl_api_generated.resources import (
        AsyncConversationHandle,
        AsyncSymblResources,
        ConversationHandle,
        SymblResources,
    )

TRANSIENT = (APIConnectionError, RateLimitError, InternalServerError, NotJSONError)
ProgressCallback = Callable[[str, Mapping[str, Any]], None]


@dataclass(frozen=True)
class PollPolicy:
    """How often to ask for a job's status, and for how long."""

    initial: float = 0.5
    fraction: float = 0.1
    max_interval: float = 15.0
    jitter: float = 0.1
    # Finite by default: a job that never finishes must not hang the caller forever.
    timeout: float | None = 3600.0

    def interval(self, waited: float, rand: float) -> float:
        base = min(self.max_interval, max(self.initial, waited * self.fraction))
        return base * (1 - self.jitter * rand)


def print_progress(status: str, job: Mapping[str, Any]) -> None:
    """A progress callback that prints each status change to stderr."""
    print(f"job {job.get('id', '?')}: {status}", file=sys.stderr, flush=True)


def _status_request(job_id: str) -> dict[str, Any]:
    """The request of the spec's job-status operation, read as JSON here (not through the
    generated model) so an unknown status value does not break parsing."""
    operation = OPERATIONS[JOB_STATUS.operation]
    module = importlib.import_module(f"_symbl_api_generated.api.{operation.tag}.{operation.name}")
    kwargs: dict[str, Any] = module._get_kwargs(job_id)
    kwargs["extensions"] = {**kwargs.get("extensions", {}), "symbl_validate": False}
    return kwargs


def _read(response: httpx.Response) -> tuple[str, dict[str, Any], float | None]:
    if response.status_code >= 400:
        raise status_error(response.status_code, response.content, response.headers, JOB_STATUS.operation)
    try:
        body = response.json()
    except ValueError:
        body = None
    status = body.get(JOB_STATUS.status_field) if isinstance(body, dict) else None
    if not isinstance(status, str):
        operation_id = OPERATIONS[JOB_STATUS.operation].operation_id
        raise NotJSONError(
            truncate(
                f"{operation_id} answered {response.status_code} without a job status: {response.content[:200]!r}"
            ),
            operation=operation_id,
            status_code=response.status_code,
            path=f"$.{JOB_STATUS.status_field}",
            body=response.content,
        )
    assert isinstance(body, dict)
    return status, body, retry_after(response)


def _reason(job: Mapping[str, Any] | None) -> str | None:
    """The job's own explanation of a failure, under whichever common name it gave it."""
    for key in ("reason", "failureReason", "message", "error", "statusMessage"):
        value = (job or {}).get(key)
        if isinstance(value, str) and value:
            return value
        if isinstance(value, dict) and isinstance(value.get("message"), str):
            return str(value["message"])
    return None


class _PollState:
    """What sync and async pollers share: the last status seen and how to react to it."""

    def __init__(self, job_id: str, conversation_id: str | None, on_status: ProgressCallback | None) -> None:
        if not job_id:
            raise InvalidArgumentError("job_id", "must be a non-empty job id")
        self.job_id = job_id
        self.conversation_id = conversation_id
        self.last: dict[str, Any] | None = None
        self._status: str | None = None
        self._on_status = on_status
        self._unknown_logged: set[str] = set()

    def record(self, status: str, body: dict[str, Any]) -> None:
        self.last = body
        if status != self._status:
            self._status = status
            logger.info("job %s: %s", self.job_id, status)
            if self._on_status is not None:
                self._on_status(status, body)
        known = JOB_STATUS.pending | JOB_STATUS.succeeded | JOB_STATUS.failed
        if status not in known and status not in self._unknown_logged:
            self._unknown_logged.add(status)
            logger.warning("job %s: unknown status %r; treating it as not final", self.job_id, status)

    @property
    def status(self) -> str:
        return self._status or "unknown"

    def done(self) -> bool:
        return self._status in JOB_STATUS.succeeded or self._status in JOB_STATUS.failed

    @property
    def resume_hint(self) -> str:
        return f"client.job({self.job_id!r}, {self.conversation_id!r})"

    def check_final(self) -> bool:
        if self._status in JOB_STATUS.failed:
            reason = _reason(self.last)
            raise JobFailedError(
                f"job {self.job_id} {self._status}{f': {reason}' if reason else ''}"
                f" (conversation {self.conversation_id}; inspect it with {self.resume_hint}.last_job after refresh())",
                job_id=self.job_id,
                job=self.last,
                reason=reason,
            )
        return self._status in JOB_STATUS.succeeded

    def timed_out(self, waited: float) -> JobTimeoutError:
        return JobTimeoutError(
            f"job {self.job_id} still {self.status} after waiting {waited:.1f} s;"
            f" resume later with {self.resume_hint}.result()",
            job_id=self.job_id,
            job=self.last,
        )

    def wait_flow(
        self, policy: PollPolicy, timeout: float | None, clock: Callable[[], float], rand: Callable[[], float]
    ) -> Flow[dict[str, Any], Mapping[str, Any]]:
        """Poll until final: yields the status request to send, and how long to sleep."""
        kwargs = _status_request(self.job_id)
        started = clock()
        while True:
            hint: float | None = None
            try:
                status, body, hint = _read((yield kwargs))
                self.record(status, body)
                if self.check_final():
                    return body
            except TRANSIENT as error:
                logger.info("job %s: poll failed (%s); polling on", self.job_id, error)
            waited = clock() - started
            delay = policy.interval(waited, rand())
            if hint is not None:
                # Honour the server within bounds: not a busy loop, not longer than the policy allows.
                delay = min(max(hint, policy.initial), max(policy.max_interval, policy.initial) * 4)
            if timeout is not None:
                if waited >= timeout:
                    raise self.timed_out(waited)
                delay = min(delay, timeout - waited)
            yield Sleep(delay)

    def conversation_required(self) -> str:
        if self.conversation_id is None:
            raise InvalidArgumentError(
                "conversation_id",
                f"job {self.job_id} finished, but its conversation id is unknown; pass conversation_id when resuming",
            )
        return self.conversation_id


class _PollerBase:
    """The surface both pollers share; `refresh`, `wait` and `result` differ by flavour."""

    _state: _PollState

    def __repr__(self) -> str:
        return f"{type(self).__name__}(job_id={self.job_id!r}, conversation_id={self.conversation_id!r}, status={self.status()!r})"

    @property
    def job_id(self) -> str:
        return self._state.job_id

    @property
    def conversation_id(self) -> str | None:
        return self._state.conversation_id

    @property
    def last_job(self) -> Mapping[str, Any] | None:
        """The last job status body seen, if any."""
        return self._state.last

    def status(self) -> str:
        """The last status seen (no request); `refresh()` asks the API."""
        return self._state.status

    def done(self) -> bool:
        return self._state.done()


class JobPoller(_PollerBase):
    """A processing job: `result()` waits and returns the conversation handle."""

    def __init__(
        self,
        resources: SymblResources,
        client: Client,
        job_id: str,
        conversation_id: str | None,
        *,
        policy: PollPolicy,
        on_status: ProgressCallback | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self._state = _PollState(job_id, conversation_id, on_status)
        self._resources, self._client, self._policy = resources, client, policy
        self._clock, self._sleep, self._rand = clock, sleep, rand

    def refresh(self) -> str:
        status, body, _ = _read(self._client.get_httpx_client().request(**_status_request(self.job_id)))
        self._state.record(status, body)
        return status

    def wait(self, timeout: float | None = None) -> Mapping[str, Any]:
        """Poll until the job is final; return its last status body."""
        timeout = self._policy.timeout if timeout is None else timeout
        http = self._client.get_httpx_client()
        flow = self._state.wait_flow(self._policy, timeout, self._clock, self._rand)
        return run(flow, lambda kwargs: http.request(**kwargs), self._sleep)

    def result(self, timeout: float | None = None) -> ConversationHandle:
        """Wait for completion; the conversation handle, or JobFailedError / JobTimeoutError."""
        self.wait(timeout)
        return self._resources.conversation(self._state.conversation_required())


class AsyncJobPoller(_PollerBase):
    """Async twin of JobPoller; cancelling the awaiting task stops polling."""

    def __init__(
        self,
        resources: AsyncSymblResources,
        client: Client,
        job_id: str,
        conversation_id: str | None,
        *,
        policy: PollPolicy,
        on_status: ProgressCallback | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self._state = _PollState(job_id, conversation_id, on_status)
        self._resources, self._client, self._policy = resources, client, policy
        self._clock, self._sleep, self._rand = clock, sleep, rand

    async def refresh(self) -> str:
        response = await self._client.get_async_httpx_client().request(**_status_request(self.job_id))
        status, body, _ = _read(response)
        self._state.record(status, body)
        return status

    async def wait(self, timeout: float | None = None) -> Mapping[str, Any]:
        timeout = self._policy.timeout if timeout is None else timeout
        http = self._client.get_async_httpx_client()
        flow = self._state.wait_flow(self._policy, timeout, self._clock, self._rand)
        return await arun(flow, lambda kwargs: http.request(**kwargs), self._sleep)

    async def result(self, timeout: float | None = None) -> AsyncConversationHandle:
        await self.wait(timeout)
        return self._resources.conversation(self._state.conversation_required())
