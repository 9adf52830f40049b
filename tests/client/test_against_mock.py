"""The public client against the real mock over loopback: the flows users run."""

from __future__ import annotations

import asyncio
import importlib.abc
import struct
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import msgspec
import pytest

from symbl_api import AsyncSymbl, BadRequestError, JobFailedError, NotFoundError, PollPolicy, Symbl, models
from symbl_mock import MockSettings, running_mock

FAST_POLL = PollPolicy(initial=0.05, max_interval=0.2, timeout=30)


def text_body(*lines: str, name: str = "Planning") -> models.TextProcessRequest:
    return models.TextProcessRequest(
        name=name,
        messages=[
            models.TextMessageInput(
                payload=models.TextMessagePayload(content=line),
                from_=models.TextMessageSender(name="Ann" if i % 2 == 0 else "Bob", user_id=f"u{i % 2}@example.com"),
            )
            for i, line in enumerate(lines)
        ],
    )


@pytest.fixture(scope="module")
def mock_url() -> Iterator[tuple[str, MockSettings]]:
    settings = MockSettings.from_env(job_seconds=0.3, token_seconds=2)
    with running_mock(settings) as mock:
        yield mock.url, settings


@pytest.fixture
def client(mock_url: tuple[str, MockSettings]) -> Iterator[Symbl]:
    url, settings = mock_url
    with Symbl(base_url=url, app_id=settings.app_id, app_secret=settings.app_secret, poll_policy=FAST_POLL) as symbl:
        yield symbl


def test_submit_wait_and_read_every_insight(client: Symbl) -> None:
    job = client.process.submit_text(
        body=text_body(
            "Can we ship on Monday?", "I will send the release notes by Friday.", "Let's follow up tomorrow."
        )
    )
    conversation = job.result(timeout=30)
    assert job.status() == "completed"
    assert conversation.get_messages().messages[0].text == "Can we ship on Monday?"
    assert [q.text for q in conversation.get_questions().questions] == ["Can we ship on Monday?"]
    assert conversation.get_action_items().action_items
    assert conversation.get_follow_ups().follow_ups
    assert conversation.get_members().members
    assert conversation.get_analytics().members
    assert conversation.get_summary().summary
    ids = [c.id for c in client.conversations.iter_list_conversations(page_size=1)]
    assert job.conversation_id in ids


def test_append_then_read_in_order(client: Symbl) -> None:
    job = client.process.submit_text(body=text_body("First point."))
    job.result()
    client.process.append_text(job.conversation_id or "", body=text_body("Second point.")).result()
    texts = [m.text for m in client.conversation(job.conversation_id or "").get_messages().messages]
    assert texts == ["First point.", "Second point."]


def test_failed_job_is_reported(client: Symbl) -> None:
    with pytest.raises(JobFailedError) as caught:
        client.process.submit_text(body=text_body("FAIL_JOB please")).result()
    assert caught.value.job is not None and caught.value.job["status"] == "failed"


@pytest.mark.parametrize("client_notices", [True, False], ids=["refreshed-before-expiry", "refreshed-after-401"])
def test_token_expiry_is_handled(client_notices: bool) -> None:
    """Tokens expire on the mock's clock; the client refreshes before use when its own clock says
    so, or once after the 401 when it does not (its clock lags the server's)."""
    server_now, client_now = [time.time()], [1000.0]
    paths: list[str] = []
    settings = MockSettings(token_seconds=60, clock=lambda: server_now[0])
    with (
        running_mock(settings) as mock,
        httpx.Client(event_hooks={"request": [lambda request: paths.append(request.url.path)]}) as http,
        Symbl(
            base_url=mock.url,
            app_id=settings.app_id,
            app_secret=settings.app_secret,
            http_client=http,
            clock=lambda: client_now[0],
        ) as client,
    ):
        client.conversations.list_conversations()
        server_now[0] += 61
        if client_notices:
            client_now[0] += 61
        client.conversations.list_conversations()
    token, listing = "/oauth2/token:generate", "/v1/conversations"
    if client_notices:
        assert paths == [token, listing, token, listing]
    else:
        assert paths == [token, listing, listing, token, listing]


def test_server_errors_are_typed(client: Symbl) -> None:
    with pytest.raises(NotFoundError):
        client.conversations.get_messages("12345")
    with pytest.raises(BadRequestError, match="messages"):
        client.process.submit_text(body=models.TextProcessRequest(messages=[]))


def test_upload_a_wav_file(client: Symbl, tmp_path: Path) -> None:
    rate, seconds = 8000, 3
    data = b"\0\0" * rate * seconds
    header = (
        b"RIFF"
        + struct.pack("<I", 36 + len(data))
        + b"WAVEfmt "
        + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
    )
    wav = tmp_path / "call.wav"
    wav.write_bytes(header + b"data" + struct.pack("<I", len(data)) + data)
    conversation = client.process.submit_audio(body=wav, name="call").result()
    assert conversation.get_messages().messages


async def test_async_client_end_to_end(mock_url: tuple[str, MockSettings]) -> None:
    url, settings = mock_url
    async with AsyncSymbl(
        base_url=url, app_id=settings.app_id, app_secret=settings.app_secret, poll_policy=FAST_POLL
    ) as client:
        jobs = await asyncio.gather(
            *(client.process.submit_text(body=text_body(f"Topic {i} budget review.")) for i in range(5))
        )
        conversations = await asyncio.gather(*(job.result() for job in jobs))
        topics = await asyncio.gather(*(c.get_topics() for c in conversations))
        assert all(t.topics is not None for t in topics)
        seen = [c.id async for c in client.conversations.iter_list_conversations(page_size=2)]
        assert {j.conversation_id for j in jobs} <= set(seen)


class _ImportWatch(importlib.abc.MetaPathFinder):
    """Records every module lookup that misses sys.modules (an import not yet done, or failed)."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> None:
        self.names.append(fullname)


async def test_no_module_lookups_per_request(mock_url: tuple[str, MockSettings]) -> None:
    """A request imports nothing: httpcore asks sniffio for the event loop on every async request,
    and without sniffio installed it retried the failed import (a path scan) every time."""
    url, settings = mock_url
    watch = _ImportWatch()
    async with AsyncSymbl(base_url=url, app_id=settings.app_id, app_secret=settings.app_secret) as aclient:
        with Symbl(base_url=url, app_id=settings.app_id, app_secret=settings.app_secret) as client:
            await aclient.conversations.list_conversations()  # first calls may import lazily
            client.conversations.list_conversations()
            sys.meta_path.insert(0, watch)
            try:
                for _ in range(5):
                    await aclient.conversations.list_conversations()
                    client.conversations.list_conversations()
            finally:
                sys.meta_path.remove(watch)
    assert watch.names == [], f"modules looked up on every request: {sorted(set(watch.names))}"


async def test_a_successful_answer_is_decoded_once(
    mock_url: tuple[str, MockSettings], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The transport's check against the spec decodes the body; the typed result reuses it."""
    url, settings = mock_url
    real_decode = msgspec.json.decode
    decoded: list[bytes] = []

    def counting_decode(data: Any, **options: Any) -> Any:
        decoded.append(bytes(data))
        return real_decode(data, **options)

    async with AsyncSymbl(base_url=url, app_id=settings.app_id, app_secret=settings.app_secret) as aclient:
        with Symbl(base_url=url, app_id=settings.app_id, app_secret=settings.app_secret) as client:
            await aclient.conversations.list_conversations()  # tokens fetched and cached
            expected = client.conversations.list_conversations()
            monkeypatch.setattr(msgspec.json, "decode", counting_decode)
            assert client.conversations.list_conversations() == expected
            assert await aclient.conversations.list_conversations() == expected
    assert len(decoded) == 2, f"{len(decoded)} decodes for 2 calls"
