"""Item 10: `symbl batch` of 1,000 text conversations, 50 ms latency: batch / plain async client.

Both sides process the same transcript files at the same concurrency against one mock (another
process, 50 ms added to every request, jobs final at once, job limit above the concurrency):
submit, wait for the job, fetch the same six parts, write one JSON file per conversation. The
plain side is what a user writes with `AsyncSymbl` and a semaphore; the batch side is the
`symbl batch` command itself (SQLite state written before and after each submission, the
progress display, the result files). The ratio is the cost of that bookkeeping (target 1.10).
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from ._common import APP_ID, APP_SECRET, Metric, Options, helper_process, log

LATENCY = 0.05
CONCURRENCY = 50


def _inputs(folder: Path, count: int) -> Path:
    from ._workload import conversation_body

    folder.mkdir()
    for index in range(count):
        lines = [
            f"{m['from']['name'].split()[0]}: {m['payload']['content']}"
            for m in conversation_body(index, 6)["messages"]
        ]
        (folder / f"call-{index:05d}.txt").write_text("\n".join(lines) + "\n")
    return folder


async def _plain(url: str, folder: Path, out: Path) -> float:
    from symbl_api import AsyncSymbl
    from symbl_api.cli._inputs import Source, submission
    from symbl_api.cli._runner import fetch_result, write_json

    out.mkdir()
    limit = asyncio.Semaphore(CONCURRENCY)
    started = time.perf_counter()
    async with AsyncSymbl(
        base_url=url, app_id=APP_ID, app_secret=APP_SECRET, max_concurrency=2 * CONCURRENCY
    ) as client:

        async def one(path: Path) -> None:
            async with limit:
                method, kwargs = submission(Source("text", str(path)), path.name)
                job = await getattr(client.process, method)(**kwargs)
                await job.wait()
                result = await fetch_result(client, job.conversation_id)
                write_json(out / f"{job.conversation_id}.json", {"source": str(path), **result})

        await asyncio.gather(*(one(p) for p in sorted(folder.iterdir())))
    return time.perf_counter() - started


def _batch(url: str, folder: Path, out: Path) -> float:
    import os

    from symbl_api.cli import cli

    os.environ.update({"SYMBL_BASE_URL": url, "SYMBL_APP_ID": APP_ID, "SYMBL_APP_SECRET": APP_SECRET})
    started = time.perf_counter()
    try:
        cli.main(
            ["batch", str(folder), "--out", str(out), "-n", str(CONCURRENCY)], prog_name="symbl", standalone_mode=False
        )
    finally:
        for name in ("SYMBL_BASE_URL", "SYMBL_APP_ID", "SYMBL_APP_SECRET"):
            os.environ.pop(name, None)
    return time.perf_counter() - started


def run(opts: Options) -> list[Metric]:
    count = opts.pick(1000, 100)
    args = ["--latency", str(LATENCY), "--job-seconds", "0", "--max-jobs", str(4 * CONCURRENCY)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = _inputs(Path(tmp) / "in", count)
        # A fresh mock for each side: the mock slows down as it accumulates conversations.
        with helper_process("tests.bench._mockserver", *args) as (_proc, url):
            plain_s = asyncio.run(_plain(url, folder, Path(tmp) / "plain"))
        with helper_process("tests.bench._mockserver", *args) as (_proc, url):
            batch_s = _batch(url, folder, Path(tmp) / "batch")
        written = len(list((Path(tmp) / "batch").glob("*.json")))
    if written != count:
        raise RuntimeError(f"symbl batch wrote {written} results for {count} inputs")
    ratio = batch_s / plain_s
    log(f"batch: symbl batch {batch_s:.2f} s, plain AsyncSymbl {plain_s:.2f} s")
    return [
        Metric(
            key="batch_overhead",
            item=f"10. `symbl batch` of {count} text conversations, 50 ms latency, concurrency {CONCURRENCY}: "
            "batch / plain AsyncSymbl",
            measured=f"{batch_s:.2f} vs {plain_s:.2f} s",
            ratio=round(ratio, 3),
            target=1.10,
            details={
                "items": count,
                "latency_s": LATENCY,
                "concurrency": CONCURRENCY,
                "batch_s": batch_s,
                "plain_s": plain_s,
            },
        )
    ]
