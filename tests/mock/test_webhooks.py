"""Webhooks: every job status change is POSTed to a loopback receiver; other hosts are never called."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from symbl_mock import MockSettings, running_mock

from .conftest import CREDENTIALS, FakeClock, session, text_body


class Receiver:
    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []
        received = self.events

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                received.append(json.loads(self.rfile.read(length)))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/symbl/jobs"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def wait_for(self, count: int, timeout: float = 5.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while len(self.events) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.events


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    found = Receiver()
    found.thread.start()
    yield found
    found.server.shutdown()
    found.server.server_close()


def test_webhook_receives_each_status_change_over_real_http(receiver: Receiver) -> None:
    with running_mock(MockSettings(job_seconds=0.3)) as mock, httpx.Client(base_url=mock.url) as client:
        token = client.post("/oauth2/token:generate", json=CREDENTIALS).json()["accessToken"]
        submitted = client.post(
            "/v1/process/text",
            headers={"Authorization": f"Bearer {token}"},
            json=text_body("Hello.", webhookUrl=receiver.url),
        )
        assert submitted.status_code == 201
        job = submitted.json()["jobId"]
        events = receiver.wait_for(3)
        assert events == [
            {"jobId": job, "status": "scheduled"},
            {"jobId": job, "status": "in_progress"},
            {"jobId": job, "status": "completed"},
        ]


async def test_webhooks_follow_an_injected_clock(receiver: Receiver, clock: FakeClock) -> None:
    async with session(MockSettings(job_seconds=10, clock=clock)) as s:
        failing = await s.call("submitText", json=text_body("FAIL_JOB", webhookUrl=receiver.url))
        job = failing.json()["jobId"]
        assert [e["status"] for e in receiver.wait_for(1)] == ["scheduled"]
        clock.advance(3)
        assert [e["status"] for e in receiver.wait_for(2)] == ["scheduled", "in_progress"]
        clock.advance(10)
        events = receiver.wait_for(3)
        assert events[-1] == {"jobId": job, "status": "failed"}
        s.app.state.mock.webhooks.close()


async def test_non_loopback_webhooks_are_never_called() -> None:
    async with session() as s:
        response = await s.call("submitText", json=text_body("Hi.", webhookUrl="https://example.com/hook"))
        assert response.status_code == 201
        dispatcher = s.app.state.mock.webhooks
        assert dispatcher.skipped == ["https://example.com/hook"]
        assert dispatcher.deliveries == []
