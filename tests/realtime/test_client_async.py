"""`AsyncSymbl.streaming`: the async twin against the mock, including async iterables and
cancellation."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from symbl_api import AsyncSymbl
from symbl_api.streaming import ConversationCompletedEvent, MessageResponseEvent, RecognitionResultEvent
from symbl_mock import RunningMock

from .conftest import CREDENTIALS, wav

CONFIG = {"insightTypes": ["question", "action_item", "follow_up", "topic"]}


@pytest.fixture
async def client(mock: RunningMock) -> AsyncIterator[AsyncSymbl]:
    async with AsyncSymbl(base_url=mock.url, **CREDENTIALS) as symbl:
        yield symbl


async def test_wav_live_events_then_rest_follow_up(client: AsyncSymbl, tmp_path: Path) -> None:
    path = tmp_path / "call.wav"
    path.write_bytes(wav(12))
    async with client.streaming.connect(config=CONFIG) as stream:
        await stream.send_audio(path, background=True, finish=True)
        events = [event async for event in stream]
        conversation = await stream.stop()
    assert isinstance(events[-1], ConversationCompletedEvent)
    finals = [e.transcript for e in events if isinstance(e, RecognitionResultEvent) and e.is_final]
    messages = [m for e in events if isinstance(e, MessageResponseEvent) for m in e.messages]
    assert len(finals) == len(messages) >= 2
    rest = (await conversation.get_messages()).messages
    assert [m.id for m in rest] == [m.id for m in messages]  # items are the generated models now


async def test_every_audio_source_gives_the_same_transcript(client: AsyncSymbl, tmp_path: Path) -> None:
    audio = wav(6, seed=4)
    path = tmp_path / "a.wav"
    path.write_bytes(audio)
    handle = io.BytesIO(audio)

    async def chunks() -> AsyncIterator[bytes]:
        for i in range(0, len(audio), 3000):
            yield audio[i : i + 3000]
            await asyncio.sleep(0)

    found = {}
    for name, source in {"bytes": audio, "path": path, "file": handle, "async iterable": chunks()}.items():
        async with client.streaming.connect(config=CONFIG) as stream:
            await stream.send_audio(source)
            await stream.stop()
            found[name] = [t async for t in stream.transcripts()]
    assert handle.tell() == 0
    assert len({tuple(t) for t in found.values()}) == 1 and found["bytes"]


async def test_exit_without_stop_still_reads_the_tail(client: AsyncSymbl) -> None:
    async with client.streaming.connect(config=CONFIG) as stream:
        await stream.send_audio(wav(7))
    assert stream.conversation is not None
    messages = (await stream.conversation.get_messages()).messages
    assert messages, "exiting the block stopped the stream and kept every message"


async def test_cancelling_a_reader_closes_the_stream_cleanly(client: AsyncSymbl) -> None:
    stream = await client.streaming.connect(config=CONFIG, first_event_timeout=None).enter()
    events = [await stream.recv() for _ in range(3)]
    assert [e.type for e in events if e] == ["started_listening", "conversation_created", "recognition_started"]
    reader = asyncio.create_task(stream.recv())  # nothing more comes: no audio was sent
    await asyncio.sleep(0.05)
    reader.cancel()
    with pytest.raises(asyncio.CancelledError):
        await reader
    await stream.close()
    assert await stream.recv() is None


async def test_subscribe_and_telephony(client: AsyncSymbl, mock: RunningMock) -> None:
    stream = client.streaming.connect(config=CONFIG, connection_id="async-sub")
    async with stream, client.streaming.subscribe("async-sub") as listener:
        await stream.send_audio(wav(5), finish=True)
        heard = [e.type async for e in listener]
    assert heard[-1] == "conversation_completed"
    token = (await client._settings.cache.aget(client._fetch_token))[0]
    body = {"operation": "start", "endpoint": {"type": "sip", "uri": "sip:8021@sip.example.com"}}
    async with httpx.AsyncClient(base_url=mock.url, headers={"x-api-key": token}) as http:
        call = (await http.post("/v1/endpoint:connect", json=body)).json()
        async with client.streaming.events(call["connectionId"]) as events:
            assert (await events.recv()) is not None
            await http.post("/v1/endpoint:connect", json={"operation": "stop", "connectionId": call["connectionId"]})
            rest = [e.type async for e in events]
    assert rest[-1] == "conversation_completed" and "message_response" in rest
