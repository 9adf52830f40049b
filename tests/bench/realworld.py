"""Item 7: every insight of 100 conversations with 50 ms of latency on each request.

The mock (another process) adds 50 ms to every request, as a real network would. Fetched per
conversation: messages, topics, questions, action items, follow-ups, members, analytics and
summary. The sync client makes the calls one at a time; the async client starts them all and
lets `max_concurrency` (default 16, `--concurrency`) bound the connection pool. The mock counts
its answers by status, so any 429 (its only source here is the concurrency limit; faults other
than latency are off) is reported; the async run must see none.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from ._common import APP_ID, APP_SECRET, Metric, Options, log
from ._workload import served_mock

INSIGHTS = (
    "get_messages",
    "get_topics",
    "get_questions",
    "get_action_items",
    "get_follow_ups",
    "get_members",
    "get_analytics",
    "get_summary",
)
LATENCY = 0.05


def _sync(url: str, ids: list[str]) -> tuple[float, int]:
    from symbl_api import Symbl

    with Symbl(base_url=url, app_id=APP_ID, app_secret=APP_SECRET) as client:
        client.conversations.get_members(ids[0])  # token and connection, outside the timing
        started = time.perf_counter()
        calls = 0
        for cid in ids:
            for name in INSIGHTS:
                getattr(client.conversations, name)(cid)
                calls += 1
        return time.perf_counter() - started, calls


async def _async(url: str, ids: list[str], concurrency: int) -> tuple[float, int]:
    from symbl_api import AsyncSymbl

    async with AsyncSymbl(base_url=url, app_id=APP_ID, app_secret=APP_SECRET, max_concurrency=concurrency) as client:
        await client.conversations.get_members(ids[0])
        started = time.perf_counter()
        results: list[Any] = await asyncio.gather(
            *(getattr(client.conversations, name)(cid) for cid in ids for name in INSIGHTS)
        )
        return time.perf_counter() - started, len(results)


def run(opts: Options) -> list[Metric]:
    count = opts.pick(100, 10)
    with served_mock(with_content=count, messages=12, latency=LATENCY) as mock:
        ids = mock.conversations
        mock.stats(reset=True)
        async_s, async_calls = asyncio.run(_async(mock.url, ids, opts.concurrency))
        async_statuses = mock.stats(reset=True)
        sync_s, sync_calls = _sync(mock.url, ids)
        sync_statuses = mock.stats(reset=True)
    rate_limited = async_statuses.get(429, 0) + sync_statuses.get(429, 0)
    log(f"real world: sync {sync_s:.2f} s, async {async_s:.2f} s ({async_calls} calls), 429s: {rate_limited}")
    speedup = sync_s / async_s
    return [
        Metric(
            key="realworld_speedup",
            item=f"7. {count} conversations x 8 insights, 50 ms latency: sync time / async time "
            f"(max_concurrency={opts.concurrency})",
            measured=f"{sync_s:.2f} vs {async_s:.2f} s, {async_calls} calls, {rate_limited} x 429",
            ratio=round(speedup, 2),
            better="higher",
            target=10.0,
            details={
                "conversations": count,
                "calls": sync_calls,
                "latency_s": LATENCY,
                "concurrency": opts.concurrency,
                "sync_s": sync_s,
                "async_s": async_s,
                "statuses_async": async_statuses,
                "statuses_sync": sync_statuses,
            },
        ),
        Metric(
            key="realworld_429",
            item="7b. 429 answers from the mock during item 7 (must be 0)",
            measured=f"{rate_limited} (async {async_statuses.get(429, 0)}, sync {sync_statuses.get(429, 0)})",
            ratio=float(rate_limited),
            target=0.0,
            noisy=True,
        ),
    ]
