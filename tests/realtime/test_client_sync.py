"""`Symbl.streaming` against the mock over loopback: audio in every form, typed events, stop,
subscribe and telephony results."""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from symbl_api import Symbl
from symbl_api.streaming import (
    ConversationCompletedEvent,
    InsightResponseEvent,
    MessageResponseEvent,
    RecognitionResultEvent,
    TopicResponseEvent,
)
from symbl_mock import RunningMock

from .conftest import CREDENTIALS, wav

CONFIG = {"insightTypes": ["question", "action_item", "follow_up", "topic"]}


@pytest.fixture
def client(mock: RunningMock) -> Iterator[Symbl]:
    with Symbl(base_url=mock.url, **CREDENTIALS) as symbl:
        yield symbl


def test_wav_path_live_events_then_rest_follow_up(client: Symbl, tmp_path: Path) -> None:
    path = tmp_path / "call.wav"
    path.write_bytes(wav(15))
    with client.streaming.connect(config=CONFIG) as stream:
        stream.send_audio(path, background=True, finish=True)
        events = list(stream)
        conversation = stream.stop()
    assert stream.conversation_id == conversation.conversation_id
    finals = [e.transcript for e in events if isinstance(e, RecognitionResultEvent) and e.is_final]
    messages = [m for e in events if isinstance(e, MessageResponseEvent) for m in e.messages]
    assert isinstance(events[-1], ConversationCompletedEvent) and len(finals) >= 3
    assert any(isinstance(e, TopicResponseEvent) and e.topics for e in events)
    assert any(isinstance(e, InsightResponseEvent) for e in events) or not any("?" in f for f in finals if f)
    rest = conversation.get_messages().messages
    assert [m.id for m in rest] == [m.id for m in messages]  # items are the generated models now


def test_stop_reads_the_tail_after_sending_everything(client: Symbl) -> None:
    with client.streaming.connect(config=CONFIG) as stream:
        stream.send_audio(wav(9))  # all audio, no reading yet
        conversation = stream.stop()
        after_stop = list(stream)  # what stop() read on the way stays available
    assert isinstance(after_stop[-1], ConversationCompletedEvent)
    streamed = [m.payload.content for e in after_stop if isinstance(e, MessageResponseEvent) for m in e.messages]
    assert streamed == [m.text for m in conversation.get_messages().messages]


def test_every_audio_source_sends_the_same_frames(client: Symbl, tmp_path: Path) -> None:
    audio = wav(6, seed=9)
    path = tmp_path / "a.wav"
    path.write_bytes(audio)
    handle = io.BytesIO(b"junk" + audio)
    handle.seek(4)
    sources = {
        "bytes": audio,
        "path": path,
        "file": handle,
        "iterable": (audio[i : i + 5000] for i in range(0, len(audio), 5000)),
    }
    transcripts = {}
    for name, source in sources.items():
        with client.streaming.connect(config=CONFIG) as stream:
            stream.send_audio(source)
            stream.stop()
            transcripts[name] = list(stream.transcripts())
    assert handle.tell() == 4, "the caller's file position is restored"
    assert len({tuple(t) for t in transcripts.values()}) == 1 and transcripts["bytes"]


def test_subscribers_see_the_stream(client: Symbl) -> None:
    with client.streaming.connect(config=CONFIG, connection_id="sync-sub") as stream:
        with client.streaming.subscribe("sync-sub") as listener:
            stream.send_audio(wav(6), finish=True)
            heard = [e.type for e in listener]
        spoken = [e.type for e in stream]
    # Joined before the stream started: everything; after: the conversation id, then the rest.
    assert heard in (spoken, ["conversation_created", *spoken[3:]])
    assert heard[-1] == "conversation_completed"


def test_telephony_events(client: Symbl, mock: RunningMock) -> None:
    body = {"operation": "start", "endpoint": {"type": "pstn", "phoneNumber": "14082924837"}}
    call = httpx.post(
        f"{mock.url}/v1/endpoint:connect",
        json=body,
        headers={"x-api-key": client._settings.cache.get(client._fetch_token)[0]},
    ).json()
    with client.streaming.events(call) as events:
        first = events.recv()
        stopper = threading.Thread(
            target=lambda: httpx.post(
                f"{mock.url}/v1/endpoint:connect",
                json={"operation": "stop", "connectionId": call["connectionId"]},
                headers={"x-api-key": client._settings.cache.get(client._fetch_token)[0]},
            )
        )
        stopper.start()
        rest = [e.type for e in events]
        stopper.join()
    assert first is not None and first.type == "started_listening"
    assert "message_response" in rest and rest[-1] == "conversation_completed"
    assert events.conversation_id == call["conversationId"]


def test_a_revoked_token_is_refreshed_once_on_the_handshake(client: Symbl, mock: RunningMock) -> None:
    stale = client._settings.cache.get(client._fetch_token)[0]
    with mock.core.storage.transaction(mock.settings.app_id) as state:
        mock.core.tokens.revoke_all(state)
    with client.streaming.connect(config=CONFIG) as stream:
        first = stream.recv()
        stream.stop()
    assert first is not None and first.type == "started_listening"
    assert client._settings.cache.get(client._fetch_token)[0] != stale


@pytest.mark.parametrize("auth", ["query", "subprotocol", "header"])
def test_every_way_to_send_the_token_keeps_it_out_of_the_logs(
    client: Symbl, auth: str, caplog: pytest.LogCaptureFixture
) -> None:
    token = client._settings.cache.get(client._fetch_token)[0]
    with caplog.at_level(logging.DEBUG, logger="symbl_api"), client.streaming.connect(CONFIG, auth=auth) as stream:
        first = stream.recv()
        stream.stop()
    assert first is not None and first.type == "started_listening"
    assert "WebSocket open" in caplog.text and token not in caplog.text


def test_realtime_pacing_follows_the_audio_duration(mock: RunningMock) -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    with (
        Symbl(base_url=mock.url, clock=lambda: now[0], sleep=sleep, **CREDENTIALS) as paced,
        paced.streaming.connect(CONFIG) as stream,
    ):
        stream.send_audio(wav(3), realtime=True)
        stream.stop()
    assert sum(slept) == pytest.approx(3.0, abs=0.01), "3 s of audio take 3 s of (fake) time"
    assert len(slept) == 12  # one wait per 8,192-byte frame of 96,000 bytes
