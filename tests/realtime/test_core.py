"""The sans-IO streaming core, driven op by op with an injected clock: replay, limits, pacing,
stop and timeouts without any socket."""

from __future__ import annotations

import json
from typing import Any

import pytest

from symbl_api import InvalidArgumentError
from symbl_api.streaming import ReplayBufferFullError, StreamClosedError, StreamOptions, StreamTimeoutError
from symbl_api.streaming._audio import AudioFormat
from symbl_api.streaming._core import StreamCore, channel, merge_start_request, redact_url, websocket_url
from symbl_api.streaming._ops import (
    TIMEOUT,
    Closed,
    CloseSocket,
    GetToken,
    Open,
    Receive,
    Reconnect,
    SendBinary,
    SendText,
    Sleep,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make(clock: Clock, **options: Any) -> StreamCore:
    return StreamCore(
        url="wss://api.example/v1/streaming/c1",
        channel=channel("streaming"),
        connection_id="c1",
        start_request=merge_start_request({"speechRecognition": {"sampleRateHertz": 8000}}),
        options=StreamOptions(**options),
        clock=clock,
    )


def drive(flow: Any, answers: dict[type, Any]) -> tuple[list[Any], Any]:
    """Run a flow, answering each op from `answers` (by op type; a list is consumed in order)."""
    ops: list[Any] = []
    value: Any = None
    while True:
        try:
            op = flow.send(value)
        except StopIteration as done:
            return ops, done.value
        ops.append(op)
        answer = answers.get(type(op))
        value = answer.pop(0) if isinstance(answer, list) else answer


def test_a_frame_that_failed_is_replayed_after_the_start_request() -> None:
    core = make(Clock(), reconnect=True)
    ops, _ = drive(core.send_audio_flow(b"a" * 100), {SendBinary: Closed(1012, "restart")})
    assert isinstance(ops[-1], Reconnect) and list(core.unsent) == [b"a" * 100]
    ops, _ = drive(
        core.reconnect_flow(Closed(1012, "restart")), {GetToken: "t", Open: None, SendText: None, SendBinary: None}
    )
    kinds = [type(op) for op in ops]
    assert kinds == [Sleep, GetToken, Open, SendText, SendBinary]
    assert json.loads(ops[3].text)["type"] == "start_request" and ops[4].data == b"a" * 100
    assert not core.unsent and core.generation == 1


def test_without_reconnect_a_drop_raises_with_the_unsent_audio() -> None:
    core = make(Clock())
    with pytest.raises(StreamClosedError) as caught:
        drive(core.send_audio_flow(b"x"), {SendBinary: Closed(1006, "")})
    assert caught.value.code == 1006


def test_the_replay_buffer_is_bounded() -> None:
    core = make(Clock(), reconnect=True, replay_buffer_bytes=150)
    core.keep(b"a" * 100)
    with pytest.raises(ReplayBufferFullError, match="replay_buffer_bytes"):
        core.keep(b"b" * 100)


def test_reconnecting_gives_up_after_the_attempts_with_a_typed_error() -> None:
    core = make(Clock(), reconnect=True, max_reconnect_attempts=2)
    refused = OSError("refused")
    with pytest.raises(StreamClosedError, match="reconnecting failed"):
        drive(core.reconnect_flow(Closed(1006, "")), {GetToken: "t", Open: refused})


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    core = make(Clock(), reconnect=True, max_reconnect_attempts=6, backoff_initial=1, backoff_max=4)
    answers = {GetToken: "t", Open: OSError("refused")}
    ops: list[Any] = []
    with pytest.raises(StreamClosedError):
        flow = core.reconnect_flow(Closed(1006, ""))
        value: Any = None
        while True:
            op = flow.send(value)
            ops.append(op)
            value = answers.get(type(op))
    sleeps = [op.seconds for op in ops if isinstance(op, Sleep)]
    ceilings = [1, 2, 4, 4, 4, 4]
    assert len(sleeps) == 6 and all(0.75 * c <= s <= c for s, c in zip(sleeps, ceilings, strict=True))


def test_pacing_follows_the_audio_clock() -> None:
    clock = Clock()
    core = make(clock)
    fmt = AudioFormat("LINEAR16", 8000)  # 16,000 bytes per second
    assert core.pace_delay(8000, fmt) == pytest.approx(0.5)
    clock.now += 0.5
    assert core.pace_delay(8000, fmt) == pytest.approx(0.5)
    clock.now += 2.0  # the caller was slow: no wait, no catching up by bursting
    assert core.pace_delay(8000, fmt) == 0.0


def test_first_event_and_silence_deadlines_use_the_clock() -> None:
    clock = Clock()
    core = make(clock, first_event_timeout=5, silence_timeout=2)
    flow = core.read_flow()
    first = flow.send(None)
    assert isinstance(first, Receive) and first.timeout == 5
    clock.now += 1
    with pytest.raises(StopIteration):
        flow.send('{"type": "message", "message": {"type": "started_listening"}}')
    clock.now += 0.5
    flow = core.read_flow()
    assert flow.send(None) == Receive(1.5), "silence counts from the last event"
    with pytest.raises(StreamTimeoutError, match="silence_timeout"):
        flow.send(TIMEOUT)


def test_stop_keeps_what_it_read_and_ends_at_completion() -> None:
    core = make(Clock())
    frames = [
        '{"type": "message", "message": {"type": "conversation_created", "data": {"conversationId": "9"}}}',
        '{"type": "message_response", "messages": []}',
        '{"type": "message", "message": {"type": "conversation_completed", "data": {"conversationId": "9"}}}',
    ]
    ops, conversation = drive(core.stop_flow(), {SendText: None, Receive: frames, CloseSocket: None})
    assert json.loads(ops[0].text) == {"type": "stop_request"} and isinstance(ops[-1], CloseSocket)
    assert conversation == "9" and [e.type for e in core.backlog] == [
        "conversation_created",
        "message_response",
        "conversation_completed",
    ]


def test_frames_never_exceed_the_spec_limit() -> None:
    core = make(Clock())
    assert [len(f) for f in core.frames(b"x" * 20000)] == [8192, 8192, 3616]
    assert core.frames(b"") == []


def test_start_request_from_config_and_bad_fields() -> None:
    assert merge_start_request({"languageCode": "en-US"}) == {
        "type": "start_request",
        "config": {"languageCode": "en-US"},
    }
    full = merge_start_request({"insightTypes": ["question"], "config": {"meetingTitle": "x"}})
    assert full["insightTypes"] == ["question"] and full["config"] == {"meetingTitle": "x"}
    with pytest.raises(InvalidArgumentError, match="insightTypez"):
        merge_start_request({"insightTypez": [], "config": {}})
    with pytest.raises(InvalidArgumentError, match="auth"):
        StreamOptions(auth="cookie")


def test_urls_and_redaction() -> None:
    assert (
        websocket_url("https://api.symbl.ai", channel("realtimeInsights"), "a b")
        == "wss://api.symbl.ai/v1/realtime/insights/a%20b"
    )
    assert redact_url("wss://h/v1/streaming/x?access_token=secret") == "wss://h/v1/streaming/x?access_token=<redacted>"
    with pytest.raises(InvalidArgumentError, match="unknown channel"):
        channel("nope")
