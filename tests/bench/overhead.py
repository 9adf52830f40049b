"""Item 1: per-call overhead of the public client against raw httpx, sync and async.

The same operation on the same mock (served by another process): `GET
/v1/conversations/{id}/topics` of a 12-message conversation. The client does everything it
always does (token cache and auth flow, argument checks, retry transport, status → typed error
check, typed model); the raw baseline sends the bearer token, checks the status and decodes the
JSON. Calls are made one at a time, in alternating blocks; the ratio is of the per-call medians.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ._common import APP_ID, APP_SECRET, Metric, Options, fmt_seconds, log, median, profile_top
from ._workload import ServedMock


def _alternate(fns: dict[str, Callable[[], object]], blocks: int, size: int) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {name: [] for name in fns}
    names = list(fns)
    for block in range(blocks):
        for name in names if block % 2 == 0 else reversed(names):
            fn, out = fns[name], samples[name]
            gc.collect()
            for _ in range(size):
                started = time.perf_counter()
                fn()
                out.append(time.perf_counter() - started)
    return samples


async def _aalternate(
    fns: dict[str, Callable[[], Awaitable[object]]], blocks: int, size: int
) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {name: [] for name in fns}
    names = list(fns)
    for block in range(blocks):
        for name in names if block % 2 == 0 else reversed(names):
            fn, out = fns[name], samples[name]
            gc.collect()
            for _ in range(size):
                started = time.perf_counter()
                await fn()
                out.append(time.perf_counter() - started)
    return samples


def _sync(mock: ServedMock, blocks: int, size: int, profiles: dict[str, Any]) -> dict[str, list[float]]:
    from symbl_api import Symbl

    cid = mock.conversations[0]
    path = f"/v1/conversations/{cid}/topics"
    headers = {"Authorization": f"Bearer {mock.token}"}
    with (
        Symbl(base_url=mock.url, app_id=APP_ID, app_secret=APP_SECRET) as client,
        httpx.Client(base_url=mock.url) as raw,
    ):

        def ours() -> object:
            return client.conversations.get_topics(cid)

        def theirs() -> object:
            response = raw.get(path, headers=headers)
            response.raise_for_status()
            return response.json()

        assert ours().to_dict() == theirs()  # type: ignore[attr-defined]
        _alternate({"client": ours, "raw": theirs}, 1, 50)  # warm-up
        samples = _alternate({"client": ours, "raw": theirs}, blocks, size)
        profiles["client"] = profile_top(ours, 300)
        profiles["raw"] = profile_top(theirs, 300)
        return samples


async def _async(mock: ServedMock, blocks: int, size: int) -> dict[str, list[float]]:
    from symbl_api import AsyncSymbl

    cid = mock.conversations[0]
    path = f"/v1/conversations/{cid}/topics"
    headers = {"Authorization": f"Bearer {mock.token}"}
    async with (
        AsyncSymbl(base_url=mock.url, app_id=APP_ID, app_secret=APP_SECRET) as client,
        httpx.AsyncClient(base_url=mock.url) as raw,
    ):

        async def ours() -> object:
            return await client.conversations.get_topics(cid)

        async def theirs() -> object:
            response = await raw.get(path, headers=headers)
            response.raise_for_status()
            return response.json()

        await _aalternate({"client": ours, "raw": theirs}, 1, 50)
        return await _aalternate({"client": ours, "raw": theirs}, blocks, size)


def _metric(key: str, flavour: str, samples: dict[str, list[float]], profiles: dict[str, Any] | None = None) -> Metric:
    ours, theirs = median(samples["client"]), median(samples["raw"])
    log(f"overhead {flavour}: client {fmt_seconds(ours)}, raw {fmt_seconds(theirs)} per call")
    return Metric(
        key=key,
        item=f"1. per-call overhead, {flavour} (GET topics): client / raw httpx",
        measured=f"{fmt_seconds(ours)} vs {fmt_seconds(theirs)} (+{fmt_seconds(max(0.0, ours - theirs))}, "
        f"median of {len(samples['client'])})",
        ratio=round(ours / theirs, 3),
        target=1.10,
        details={
            "client_median_s": ours,
            "raw_median_s": theirs,
            "calls": len(samples["client"]),
            "client_p90_s": sorted(samples["client"])[int(0.9 * len(samples["client"]))],
            "raw_p90_s": sorted(samples["raw"])[int(0.9 * len(samples["raw"]))],
            **({"profile_of_300_calls": profiles} if profiles else {}),
        },
    )


def run(opts: Options, mock: ServedMock) -> list[Metric]:
    blocks, size = opts.pick((20, 100), (2, 25))
    profiles: dict[str, Any] = {}
    sync_samples = _sync(mock, blocks, size, profiles)
    return [
        _metric("overhead_sync", "sync", sync_samples, profiles),
        _metric("overhead_async", "async", asyncio.run(_async(mock, blocks, size))),
    ]
