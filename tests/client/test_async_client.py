"""The async client has the same surface and behaviour as the sync one."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from symbl_api import APITimeoutError, AsyncSymbl, JobFailedError, RepeatedPageError, models

from .conftest import CONV, JOB
from .fake import FakeSymbl, FakeTime, js

TEXT = models.TextProcessRequest(messages=[models.TextMessageInput(payload=models.TextMessagePayload(content="Hi."))])


def make(fake: FakeSymbl, fake_time: FakeTime) -> AsyncSymbl:
    http = httpx.AsyncClient(transport=httpx.MockTransport(fake.ahandler))
    return AsyncSymbl(
        app_id="app", app_secret="secret", http_client=http, clock=fake_time.clock, sleep=fake_time.asleep
    )


async def test_submit_poll_and_read(fake: FakeSymbl, fake_time: FakeTime) -> None:
    fake.on("POST", "/v1/process/text", js(201, {"conversationId": CONV, "jobId": JOB}))
    fake.on(
        "GET",
        f"/v1/job/{JOB}",
        js(200, {"id": JOB, "status": "in_progress"}),
        js(200, {"id": JOB, "status": "completed"}),
    )
    fake.on("GET", f"/v1/conversations/{CONV}/topics", js(200, {"topics": []}))
    async with make(fake, fake_time) as client:
        poller = await client.process.submit_text(body=TEXT)
        conversation = await poller.result()
        assert (await conversation.get_topics()).topics == []
        assert poller.status() == "completed"
    assert fake.tokens_issued == 1


async def test_failed_job_and_401_refresh(fake: FakeSymbl, fake_time: FakeTime) -> None:
    fake.on("GET", f"/v1/job/{JOB}", js(401, {"message": "expired"}), js(200, {"id": JOB, "status": "failed"}))
    async with make(fake, fake_time) as client:
        with pytest.raises(JobFailedError):
            await client.job(JOB, CONV).result()
    assert fake.tokens_issued == 2


async def test_concurrent_first_calls_fetch_one_token(fake: FakeSymbl, fake_time: FakeTime) -> None:
    fake.on("GET", "/v1/conversations", js(200, {"conversations": []}))
    async with make(fake, fake_time) as client:
        await asyncio.gather(*(client.conversations.list_conversations() for _ in range(20)))
    assert fake.tokens_issued == 1


async def test_cancelling_the_wait_stops_polling(fake: FakeSymbl) -> None:
    fake.on("GET", f"/v1/job/{JOB}", js(200, {"id": JOB, "status": "in_progress"}))
    sleeping = asyncio.Event()
    blocked = True

    async def sleep(seconds: float) -> None:
        nonlocal blocked
        # The first wait blocks until the task is cancelled; any later one returns at once, so
        # a poller that survived the cancellation would poll on and be caught below.
        if blocked:
            blocked = False
            sleeping.set()
            await asyncio.Event().wait()
        await asyncio.sleep(0)

    http = httpx.AsyncClient(transport=httpx.MockTransport(fake.ahandler))
    async with AsyncSymbl(access_token="t", base_url="http://127.0.0.1:1", http_client=http, sleep=sleep) as client:
        task = asyncio.create_task(client.job(JOB, CONV).result())
        await sleeping.wait()
        assert len(fake.calls("GET", f"/v1/job/{JOB}")) == 1
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, timeout=5)
        for _ in range(20):
            await asyncio.sleep(0)
        assert len(fake.calls("GET", f"/v1/job/{JOB}")) == 1


async def test_async_pagination_and_repeated_page(fake: FakeSymbl, fake_time: FakeTime) -> None:
    item = {"id": "1", "type": "meeting", "name": "c", "startTime": "2020-07-10T11:16:21.024Z"}
    fake.on("GET", "/v1/conversations", js(200, {"conversations": [item]}), js(200, {"conversations": []}))
    async with make(fake, fake_time) as client:
        assert [c.id async for c in client.conversations.iter_list_conversations(page_size=1)] == ["1"]
        fake.routes.clear()
        fake.on("GET", "/v1/conversations", js(200, {"conversations": [item]}))
        with pytest.raises(RepeatedPageError):
            _ = [c async for c in client.conversations.iter_list_conversations(page_size=1)]


async def test_async_upload_and_timeout_not_retried(fake: FakeSymbl, fake_time: FakeTime, tmp_path: Path) -> None:
    audio = tmp_path / "a.mp3"
    audio.write_bytes(b"ID3" + b"\1" * 100_000)
    fake.on("POST", "/v1/process/audio", js(201, {"conversationId": CONV, "jobId": JOB}))
    fake.on("PUT", f"/v1/process/audio/{CONV}", httpx.ReadTimeout("slow"))
    async with make(fake, fake_time) as client:
        await client.process.submit_audio(body=audio)
        with pytest.raises(APITimeoutError):
            await client.process.append_audio(CONV, body=audio)
    upload = fake.calls("POST", "/v1/process/audio")[0]
    assert upload.headers["content-type"] == "audio/mpeg"
    assert fake.bodies[fake.requests.index(upload)] == audio.read_bytes()
    assert len(fake.calls("PUT", f"/v1/process/audio/{CONV}")) == 1
