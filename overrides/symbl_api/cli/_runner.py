"""The batch runner: submit, poll and fetch with N workers, every step recorded in `BatchState`.

How a submission error is classified decides whether anything can be submitted twice:
- certainly not acted on (429, 503, connection never made, argument rejected before sending, a
  4xx answer): retried (429 and 503 after the server's `Retry-After`, never counted as a
  failure) or recorded `failed`, which the next run retries;
- anything else (dropped connection, timeout, other 5xx): `unknown`. At the end of a run, and
  at the start of the next, unknown rows are looked up among the account's conversations by
  their tagged name: found, the conversation is adopted and its result fetched; not found, the
  row stays `unknown` and is listed (resubmitted only with `retry_unknown`).
"""

from __future__ import annotations

import asyncio
import datetime
import json
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from _symbl_api_generated._operations import OPERATIONS

from .._client import AsyncSymbl
from .._errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    InvalidArgumentError,
    JobFailedError,
    JobTimeoutError,
    PermissionDeniedError,
    status_error,
)
from .._retry import NEVER_SENT
from ._common import job_failure
from ._inputs import submission
from ._state import BatchState, Item

# What one conversation's JSON file holds: key -> conversations operation, each the API's JSON.
RESULT_PARTS = {
    "conversation": "get_conversation",
    "messages": "get_messages",
    "topics": "get_topics",
    "questions": "get_questions",
    "actionItems": "get_action_items",
    "followUps": "get_follow_ups",
}
CERTAINLY_REFUSED = frozenset({429, 503})
MAX_REFUSED_TRIES = 8
MAX_PASSES = 10


async def fetch_result(client: AsyncSymbl, conversation_id: str) -> dict[str, Any]:
    """The conversation and its transcript and insights, each exactly as the API sent it."""
    raw = client.conversations.with_raw_response

    async def part(operation: str) -> Any:
        response = await getattr(raw, operation)(conversation_id)
        if response.status_code >= 400:
            raise status_error(int(response.status_code), response.content, response.headers, operation)
        return json.loads(response.content)

    values = await asyncio.gather(*(part(op) for op in RESULT_PARTS.values()))
    return dict(zip(RESULT_PARTS, values, strict=True))


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Whole or not at all: a kill mid-write leaves no half file under the final name."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(partial, path)


@dataclass
class Progress:
    """What the display shows; updated by the runner as items move."""

    total: int = 0
    done: int = 0
    failed: int = 0
    running: int = 0
    unknown: int = 0
    pending: int = 0
    done_this_run: int = 0
    started: float = field(default_factory=time.monotonic)


class BatchAborted(Exception):
    """Stops the whole batch (credentials refused): every item would fail the same way."""


class BatchRunner:
    def __init__(
        self,
        client: AsyncSymbl,
        state: BatchState,
        out_dir: Path,
        *,
        concurrency: int,
        retry_unknown: bool = False,
        job_timeout: float | None = None,
        on_progress: Callable[[Progress], None] = lambda p: None,
        sleep: Callable[[float], Any] = asyncio.sleep,
    ) -> None:
        if concurrency < 1:
            raise InvalidArgumentError("concurrency", f"must be 1 or more, not {concurrency}")
        self.client, self.state, self.out_dir = client, state, out_dir
        self.concurrency, self.retry_unknown, self.job_timeout = concurrency, retry_unknown, job_timeout
        self._on_progress, self._sleep = on_progress, sleep
        self.progress = Progress()
        self._refreshed = 0.0

    def _refresh(self, force: bool = False) -> None:
        # Counting is a query over every row: at most ten times a second, or when asked.
        now = time.monotonic()
        if not force and now - self._refreshed < 0.1:
            return
        self._refreshed = now
        counts = self.state.counts()
        p = self.progress
        p.total = sum(counts.values())
        p.done, p.failed, p.unknown = counts["done"], counts["failed"], counts["unknown"]
        p.running = counts["submitting"] + counts["submitted"]
        p.pending = counts["pending"]
        self._on_progress(p)

    async def run(self) -> Progress:
        """Process every row that is not done; returns the final counts."""
        self.out_dir.mkdir(parents=True, exist_ok=True)
        for partial in self.out_dir.glob("*.json.partial"):  # left by a run killed mid-write
            partial.unlink()
        self.state.recover()
        await self._warm_up()
        await self._reconcile()
        self._refresh(force=True)
        # Resume what is in flight first, then submit what is pending; another pass for rows
        # that a reconciliation adopted or released, as long as passes make progress.
        for _ in range(MAX_PASSES):
            queue = self.state.items("submitted") + self.state.items("pending")
            if not queue:
                break
            done_before = self.progress.done_this_run
            await self._work(queue)
            changed = await self._reconcile()
            if not changed and self.progress.done_this_run == done_before:
                break
        self._refresh(force=True)
        return self.progress

    async def _work(self, items: list[Item]) -> None:
        queue: asyncio.Queue[Item] = asyncio.Queue()
        for item in items:
            queue.put_nowait(item)

        async def worker() -> None:
            while not queue.empty():
                await self._process(queue.get_nowait())

        workers = [asyncio.create_task(worker()) for _ in range(min(self.concurrency, len(items)))]
        try:
            await asyncio.gather(*workers)
        finally:
            for task in workers:
                task.cancel()

    async def _process(self, item: Item) -> None:
        job_id, conversation_id = item.job_id, item.conversation_id
        if item.state == "pending":
            ids = await self._submit(item)
            self._refresh()
            if ids is None:
                return
            job_id, conversation_id = ids
        assert conversation_id is not None
        try:
            if job_id is not None:
                await self.client.job(job_id, conversation_id).wait(self.job_timeout)
            else:
                await self._await_adopted(conversation_id)
            result = await fetch_result(self.client, conversation_id)
        except JobFailedError as error:
            self.state.failed(item.id, job_failure(error))
        except (JobTimeoutError, APIConnectionError, APIStatusError) as error:
            self.state.note(item.id, str(error))  # stays submitted: the next run polls it again
        else:
            write_json(self.out_dir / f"{conversation_id}.json", {"source": item.source.location, **result})
            self.state.done(item.id)
            self.progress.done_this_run += 1
        self._refresh()

    async def _submit(self, item: Item) -> tuple[str, str] | None:
        try:
            method, kwargs = submission(item.source, item.name)
        except InvalidArgumentError as error:
            self.state.failed(item.id, str(error))
            return None
        operation_id = OPERATIONS[method].operation_id
        self.state.submitting(item.id)
        refused = 0
        while True:
            try:
                poller = await getattr(self.client.process, method)(**kwargs)
            except APIStatusError as error:
                if isinstance(error, AuthenticationError | PermissionDeniedError):
                    self.state.pending(item.id, str(error))
                    raise BatchAborted(str(error)) from error
                if error.status_code == 429:  # the account's concurrency limit: wait, never a failure
                    await self._sleep(_retry_after(error, refused))
                    continue
                if error.status_code in CERTAINLY_REFUSED and refused < MAX_REFUSED_TRIES:
                    refused += 1
                    await self._sleep(_retry_after(error, refused))
                    continue
                if error.status_code < 500 or error.status_code in CERTAINLY_REFUSED:
                    self.state.failed(item.id, str(error))
                else:
                    self.state.unknown(item.id, str(error))
                return None
            except APIConnectionError as error:
                # Never sent: the connection was refused, or an earlier request (the token) failed.
                never_sent = isinstance(error.__cause__, NEVER_SENT) or error.operation not in (None, operation_id)
                if never_sent and refused < MAX_REFUSED_TRIES:
                    refused += 1
                    await self._sleep(_backoff(refused))
                    continue
                if never_sent:
                    self.state.failed(item.id, str(error))
                else:
                    self.state.unknown(item.id, str(error))
                return None
            self.state.submitted(item.id, poller.job_id, str(poller.conversation_id))
            return poller.job_id, str(poller.conversation_id)

    async def _await_adopted(self, conversation_id: str) -> None:
        """An adopted conversation has no job id: wait until its transcript has messages."""
        policy, started = self.client.poll_policy, time.monotonic()
        raw = self.client.conversations.with_raw_response
        while True:
            response = await raw.get_messages(conversation_id)
            if response.status_code < 400 and json.loads(response.content).get("messages"):
                return
            waited = time.monotonic() - started
            timeout = self.job_timeout if self.job_timeout is not None else policy.timeout
            if timeout is not None and waited > timeout:
                raise JobTimeoutError(
                    f"conversation {conversation_id} has no messages after {waited:.0f} s", job_id="", job=None
                )
            await self._sleep(policy.interval(waited, random.random()))

    async def _warm_up(self) -> None:
        """Get the token first, retrying: fetching it is a POST the client does not repeat on a
        dropped connection or a 5xx, and the batch should not stop for one such blip."""
        for attempt in range(MAX_REFUSED_TRIES):
            try:
                await self.client.conversations.list_conversations(limit=1)
                return
            except (APIConnectionError, APIStatusError) as error:
                if isinstance(error, AuthenticationError | PermissionDeniedError) or attempt == MAX_REFUSED_TRIES - 1:
                    raise BatchAborted(str(error)) from error
                await self._sleep(_backoff(attempt))

    async def _reconcile(self) -> bool:
        """Settle unknown rows by their tagged name; True when some row became workable again."""
        unknown = {item.name: item for item in self.state.items("unknown")}
        if not unknown:
            return False
        since = datetime.datetime.fromtimestamp(self.state.created - 86400, tz=datetime.UTC)
        changed = False
        async for conversation in self.client.conversations.iter_list_conversations(start_time=since, page_size=100):
            item = unknown.pop(conversation.name, None)
            if item is not None:
                self.state.submitted(item.id, None, conversation.id)
                changed = True
        if self.retry_unknown:
            for item in unknown.values():
                self.state.pending(item.id, f"resubmitted: {item.error}")
                changed = True
        return changed


def _backoff(attempt: int) -> float:
    return float(min(0.5 * 2**attempt, 8.0) * (1 - 0.25 * random.random()))


def _retry_after(error: APIStatusError, attempt: int) -> float:
    value = httpx.Headers(error.headers).get("retry-after")
    try:
        return min(float(value), 60.0) if value is not None else _backoff(attempt)
    except ValueError:
        return _backoff(attempt)
