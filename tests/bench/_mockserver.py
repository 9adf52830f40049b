"""`python -m tests.bench._mockserver`: the mock in a process of its own, for the benchmarks.

Serving from another process keeps the mock's work off the measured client's interpreter (and
its GIL). `--conversations N` seeds N conversations straight into the mock's storage (10,000
HTTP submissions would take longer than the benchmark they feed). Responses are counted by
status; `GET /__bench/stats` returns the counts and `POST /__bench/reset` returns then clears them, so a
benchmark can tell how many 429s the mock answered. `GET /__bench/jobs/{id}` tells when the mock's
clock makes a job final. Prints `READY <url>` once listening.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import uuid
from collections import Counter
from typing import Any

import uvicorn
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from symbl_mock import FaultSettings, MockSettings, create_app
from symbl_mock._server import uvicorn_config
from symbl_mock._storage import Conversation, Member

STATS_PATH = "/__bench/stats"
RESET_PATH = "/__bench/reset"
JOBS_PATH = "/__bench/jobs/"
DAY = 86400.0


class CountingApp:
    """Counts responses by status in front of the mock; answers the /__bench/ paths itself."""

    def __init__(self, app: ASGIApp, core: Any) -> None:
        self.app = app
        self.core = core
        self.statuses: Counter[int] = Counter()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        if path.startswith(JOBS_PATH):
            await self._answer(send, self._job(path.removeprefix(JOBS_PATH)))
            return
        if path in (STATS_PATH, RESET_PATH):
            counts = {str(k): v for k, v in sorted(self.statuses.items())}
            if path == RESET_PATH:
                self.statuses.clear()
            await self._answer(send, counts)
            return

        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                self.statuses[int(message["status"])] += 1
            await send(message)

        await self.app(scope, receive, counting_send)

    def _job(self, job_id: str) -> dict[str, Any]:
        """When the mock's clock says a job was submitted and ends (epoch seconds)."""
        with self.core.storage.transaction(self.core.settings.app_id) as state:
            job = state.jobs[job_id]
            return {"submittedAt": job.submitted_at, "startAt": job.start_at, "endAt": job.end_at}

    @staticmethod
    async def _answer(send: Send, payload: Any) -> None:
        body = json.dumps(payload).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def seed_conversations(app: Any, count: int) -> None:
    """`count` conversations (one member each) written straight into the mock's state."""
    core = app.state.mock
    now = core.settings.clock()
    with core.storage.transaction(core.settings.app_id) as state:
        for index in range(count):
            cid = state.numeric_id()
            while cid in state.conversations:
                cid = state.numeric_id()
            # Start times spread over the last six days: inside the list's default 7-day window.
            started = now - 6 * DAY + index * (6 * DAY / max(count, 1))
            conversation = Conversation(id=cid, name=f"Weekly sync {index:05d}", created_at=started, start_time=started)
            email = f"member{index % 50}@example.com"
            conversation.members[email] = Member(
                id=str(uuid.UUID(int=state.rng.getrandbits(128), version=4)),
                key=email,
                name=f"Member {index % 50}",
                email=email,
            )
            conversation.metadata = {"team": "sales" if index % 2 else "support"}
            state.conversations[cid] = conversation


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench._mockserver")
    parser.add_argument("--job-seconds", type=float, default=0.0)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--max-jobs", type=int, default=50)
    parser.add_argument("--conversations", type=int, default=0)
    args = parser.parse_args(argv)
    settings = MockSettings.from_env(
        {},
        job_seconds=args.job_seconds,
        max_jobs=args.max_jobs,
        faults=FaultSettings(latency=args.latency),
        id_seed=8,
    )
    app = create_app(settings)
    seed_conversations(app, args.conversations)
    counting = CountingApp(app, app.state.mock)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(4096)
    port = sock.getsockname()[1]
    print(f"READY http://127.0.0.1:{port}", flush=True)
    uvicorn.Server(uvicorn_config(counting, host="127.0.0.1", port=port)).run(sockets=[sock])  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
