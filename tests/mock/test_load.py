"""A bounded loopback load test: many concurrent clients submit and append; nothing is lost or reordered.

Each client has its own connection pool. It submits a conversation, appends to it message by
message (waiting for each answer, so its order is defined), and also appends to one
conversation shared by every client. Afterwards each conversation must hold exactly the
messages sent, each client's in the order it sent them. Figures are printed (run with -s).
"""

from __future__ import annotations

import asyncio
import ssl
import statistics
import time
from typing import Any

import httpx

from symbl_mock import MockSettings, running_mock

from .conftest import CREDENTIALS

CLIENTS = 60
OWN_APPENDS = 16
SHARED_APPENDS = 8


def _message(text: str) -> dict[str, Any]:
    return {"messages": [{"payload": {"content": text}, "from": {"name": text.split()[0]}}]}


class Stats:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.errors: list[str] = []

    async def send(self, client: httpx.AsyncClient, method: str, url: str, **kwargs: Any) -> httpx.Response | None:
        start = time.perf_counter()
        try:
            response = await client.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            self.errors.append(f"{method} {url}: {type(exc).__name__}")
            return None
        finally:
            self.latencies.append(time.perf_counter() - start)
        if response.status_code >= 300:
            self.errors.append(f"{method} {url}: {response.status_code} {response.text[:120]}")
        return response


async def _wait_done(stats: Stats, client: httpx.AsyncClient, job: str, headers: dict[str, str]) -> None:
    for _ in range(400):
        response = await stats.send(client, "GET", f"/v1/job/{job}", headers=headers)
        if response is not None and response.json().get("status") in ("completed", "failed"):
            return
        await asyncio.sleep(0.02)
    stats.errors.append(f"job {job} did not finish")


async def _client(index: int, client: httpx.AsyncClient, shared: str, stats: Stats) -> tuple[str, list[str]]:
    async with client:
        token = await stats.send(client, "POST", "/oauth2/token:generate", json=CREDENTIALS)
        assert token is not None
        headers = {"Authorization": f"Bearer {token.json()['accessToken']}"}
        sent = [f"c{index} own 0."]
        created = await stats.send(client, "POST", "/v1/process/text", headers=headers, json=_message(sent[0]))
        assert created is not None
        cid = created.json()["conversationId"]
        last_job = created.json()["jobId"]
        for step in range(1, OWN_APPENDS + 1):
            sent.append(f"c{index} own {step}.")
            appended = await stats.send(
                client, "PUT", f"/v1/process/text/{cid}", headers=headers, json=_message(sent[-1])
            )
            if appended is not None and appended.status_code == 201:
                last_job = appended.json()["jobId"]
            if step <= SHARED_APPENDS:
                await stats.send(
                    client,
                    "PUT",
                    f"/v1/process/text/{shared}",
                    headers=headers,
                    json=_message(f"c{index} shared {step}."),
                )
        await _wait_done(stats, client, last_job, headers)
        messages = await stats.send(client, "GET", f"/v1/conversations/{cid}/messages", headers=headers)
        assert messages is not None
        got = [m["text"] for m in messages.json()["messages"]]
        assert got == sent, f"client {index}: {got} != {sent}"
        return cid, sent


async def _run(url: str) -> tuple[Stats, float]:
    stats = Stats()
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:
        token = (await client.post("/oauth2/token:generate", json=CREDENTIALS)).json()["accessToken"]
        headers = {"Authorization": f"Bearer {token}"}
        shared = (await client.post("/v1/process/text", headers=headers, json=_message("shared start."))).json()
        # Each client has its own connection pool; building them (TLS contexts included) is not measured.
        tls = ssl.create_default_context()
        limits = httpx.Limits(max_connections=2)
        clients = [httpx.AsyncClient(base_url=url, limits=limits, timeout=30, verify=tls) for _ in range(CLIENTS)]
        started = time.perf_counter()
        await asyncio.gather(*(_client(i, clients[i], shared["conversationId"], stats) for i in range(CLIENTS)))
        elapsed = time.perf_counter() - started
        expected = CLIENTS * SHARED_APPENDS + 1
        got: list[str] = []
        for _ in range(500):
            response = await client.get(f"/v1/conversations/{shared['conversationId']}/messages", headers=headers)
            got = [m["text"] for m in response.json()["messages"]]
            if len(got) == expected:
                break
            await asyncio.sleep(0.02)
    assert len(got) == expected, f"shared conversation holds {len(got)} of {expected} messages"
    assert len(set(got)) == expected
    for index in range(CLIENTS):
        mine = [t for t in got if t.startswith(f"c{index} ")]
        assert mine == [f"c{index} shared {step}." for step in range(1, SHARED_APPENDS + 1)]
    return stats, elapsed


def test_concurrent_clients_never_lose_or_reorder_messages() -> None:
    settings = MockSettings(job_seconds=0.005, max_jobs=1_000_000)
    with running_mock(settings) as mock:
        stats, elapsed = asyncio.run(_run(mock.url))
    latencies = sorted(stats.latencies)
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[int(len(latencies) * 0.99) - 1] * 1000
    print(
        f"\nload: {CLIENTS} clients, {len(latencies)} requests in {elapsed:.1f} s, {len(stats.errors)} errors, "
        f"p50 {p50:.1f} ms, p99 {p99:.1f} ms"
    )
    assert stats.errors == []
