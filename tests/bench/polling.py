"""Item 5: job polling with the default PollPolicy, for 1 s, 10 s and 60 s jobs.

Each duration gets a mock process of its own (`--job-seconds`) and a sync client in a thread of
its own, so the three jobs run at the same time. A job's status is computed from the mock's
clock: it completes at submission + job_seconds; the mock's `/__bench/jobs/{id}` says exactly
when (epoch seconds, same system clock as here). Latency is from that moment to the client's
progress callback seeing `completed`; polls are the job-status requests the client sent.

Targets: latency <= 10% of the duration + 0.5 s (ratio: latency / that budget, <= 1); polls
growing slower than linearly (ratio: the log-log slope of polls against duration, < 1).
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
from typing import Any

import httpx

from ._common import APP_ID, APP_SECRET, Metric, Options, helper_process, log


def _one(url: str, seconds: float, out: dict[str, Any]) -> None:
    from symbl_api import Symbl, models

    polls = 0
    seen: dict[str, float] = {}

    def count(request: httpx.Request) -> None:
        nonlocal polls
        if request.url.path.startswith("/v1/job/"):
            polls += 1

    def on_status(status: str, job: Any) -> None:
        seen.setdefault(status, time.time())

    http = httpx.Client(timeout=60, event_hooks={"request": [count]})
    with Symbl(base_url=url, app_id=APP_ID, app_secret=APP_SECRET, http_client=http) as client:
        body = models.TextProcessRequest(
            messages=[models.TextMessageInput(payload=models.TextMessagePayload(content="Polling benchmark."))]
        )
        poller = client.process.submit_text(body=body)
        job_id = poller.job_id
        submitted = time.time()
        poller = client.job(job_id, poller.conversation_id, on_status=on_status)
        poller.result(timeout=seconds * 3 + 30)
    http.close()
    times = httpx.get(f"{url}/__bench/jobs/{job_id}").json()
    latency = seen["completed"] - times["endAt"]
    out.update(
        {
            "job_seconds": seconds,
            "latency_s": latency,
            "budget_s": 0.1 * seconds + 0.5,
            "polls": polls,
            "mock_submitted_at": times["submittedAt"],
            "mock_end_at": times["endAt"],
            "client_submitted_at": submitted,
        }
    )


def run(opts: Options) -> list[Metric]:
    durations: tuple[float, ...] = opts.pick((1.0, 10.0, 60.0), (0.5, 2.0))
    results: dict[float, dict[str, Any]] = {d: {} for d in durations}
    errors: list[BaseException] = []
    with contextlib.ExitStack() as stack:
        urls = {
            d: stack.enter_context(helper_process("tests.bench._mockserver", "--job-seconds", str(d)))[1]
            for d in durations
        }

        def target(duration: float) -> None:
            try:
                _one(urls[duration], duration, results[duration])
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=target, args=(d,)) for d in durations]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    metrics = []
    for duration in durations:
        r = results[duration]
        log(f"polling {duration:g} s job: seen {r['latency_s']:.2f} s after completion, {r['polls']} polls")
        metrics.append(
            Metric(
                key=f"polling_latency_{duration:g}s",
                item=f"5. poll a {duration:g} s job: latency / (10% of duration + 0.5 s)",
                measured=f"seen {r['latency_s']:.2f} s late (budget {r['budget_s']:.2f} s), {r['polls']} polls",
                ratio=round(max(0.0, r["latency_s"]) / r["budget_s"], 3),
                target=1.0,
                noisy=True,
                details=r,
            )
        )
    short, long = durations[0], durations[-1]
    slope = math.log(results[long]["polls"] / results[short]["polls"]) / math.log(long / short)
    polls = ", ".join(f"{results[d]['polls']}" for d in durations)
    metrics.append(
        Metric(
            key="polling_growth",
            item=f"5b. polls for {'/'.join(f'{d:g}' for d in durations)} s jobs: log-log slope (< 1: sublinear)",
            measured=f"{polls} polls",
            ratio=round(slope, 3),
            target=1.0,
            details={"polls": {f"{d:g}": results[d]["polls"] for d in durations}},
        )
    )
    return metrics
