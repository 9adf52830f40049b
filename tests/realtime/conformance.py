"""Real-time conformance: property-based client frames against the mock (or a live API).

Frames are generated from the client message schemas of spec/asyncapi.yaml (valid ones), as
audio, and deliberately broken (not JSON, unknown types, wrong shapes, oversized). Each example
opens a stream, optionally starts it, sends the frame, then a `stop_request`; the server must
answer at least one frame, every frame it sends must validate against the spec, and it must
close with 1000, 1007, 1008 or 1009. Against the mock, the mock must record no internal error.

`python -m tests.realtime.conformance` (part of `make conformance`): the mock by default, or
BASE_URL with SYMBL_APP_ID/SYMBL_APP_SECRET (or SYMBL_ACCESS_TOKEN). Budget and seed:
CONFORMANCE_MAX_EXAMPLES (default 200), CONFORMANCE_SEED (default 1).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from typing import Any

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from generator.bundle import load_spec

from ._strategies import broken_frames, from_schema

ACCEPTED_CLOSES = {1000, 1007, 1008, 1009}
START = {"type": "start_request", "config": {"speechRecognition": {"encoding": "LINEAR16", "sampleRateHertz": 16000}}}


def realtime_spec() -> Any:
    from symbl_mock.realtime import RealtimeSpec

    return RealtimeSpec(load_spec())


def client_frames(spec: Any) -> st.SearchStrategy[str | bytes]:
    valid = [
        from_schema({"$ref": f"#/components/schemas/{m.payload}"}, spec.schemas).map(json.dumps)
        for m in spec.messages.values()
        if m.direction == "client" and not m.binary
    ]
    audio = st.binary(min_size=1, max_size=spec.max_audio_bytes)
    return st.one_of(*valid, audio, broken_frames())


def exchange(ws_url: str, token: str, frame: str | bytes, start: bool) -> tuple[list[dict[str, Any]], int | None]:
    """Frames the server sent after `frame` (and a stop_request), and its close code."""
    answers: list[dict[str, Any]] = []
    with connect(f"{ws_url}/v1/streaming/conformance-{time.monotonic_ns()}?access_token={token}") as ws:
        try:
            if start:
                ws.send(json.dumps(START))
                for _ in range(3):
                    answers.append(json.loads(ws.recv(timeout=10)))
            opened = len(answers)
            ws.send(frame)
            with contextlib.suppress(ConnectionClosed):
                ws.send(json.dumps({"type": "stop_request"}))
            while True:
                answers.append(json.loads(ws.recv(timeout=10)))
                if (answers[-1].get("message") or {}).get("type") in ("conversation_completed", "error"):
                    # The server closes next, or keeps the socket when disconnectOnStopRequest is false.
                    ws.close()
        except ConnectionClosed:
            pass
        return answers[opened if start else 0 :] if answers else [], ws.close_code


def check(spec: Any, ws_url: str, token: str, frame: str | bytes, start: bool) -> None:
    answers, code = exchange(ws_url, token, frame, start)
    assert answers, f"no answer frame to {frame!r:.80}"
    for answer in answers:
        problem = spec.server_problems(answer)
        assert problem is None, f"invalid server frame {answer!r:.200}: {problem}"
    assert code in ACCEPTED_CLOSES, f"closed with {code} after {frame!r:.80}"
    assert answers[-1]["message"]["type"] in ("conversation_completed", "error"), (
        "every exchange ends in completion or an error"
    )


def property_test(spec: Any, ws_url: str, token: str, examples: int, run_seed: int, problems: Any = None) -> Any:
    @seed(run_seed)
    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(frame=client_frames(spec), start=st.booleans())
    def test(frame: str | bytes, start: bool) -> None:
        check(spec, ws_url, token, frame, start)
        if problems is not None:
            assert not problems, f"the mock recorded an internal error: {problems[-1]}"

    return test


def main() -> int:
    from tests.conformance.run import target

    examples = int(
        os.environ.get("CONFORMANCE_MAX_EXAMPLES_REALTIME", os.environ.get("CONFORMANCE_MAX_EXAMPLES", "200"))
    )
    run_seed = int(os.environ.get("CONFORMANCE_SEED", "1"))
    spec = realtime_spec()
    started = time.monotonic()
    with target() as (base_url, token):
        ws_url = base_url.replace("https://", "wss://").replace("http://", "ws://")
        print(f"real-time conformance against {ws_url}: {examples} examples, seed {run_seed}", flush=True)
        try:
            property_test(spec, ws_url, token, examples, run_seed)()
        except AssertionError as failure:
            print(f"real-time conformance: FAILED: {failure}", file=sys.stderr)
            return 1
    print(f"real-time conformance: passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
