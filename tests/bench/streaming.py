"""Item 11: the real-time client against the mock's WebSocket channels (mock in its own process).

(a) Latency from the audio frame that completes an utterance to its final transcript event:
`client.streaming` (sync) against a raw `websockets` client doing the same, interleaved, same
mock, same audio, both without per-message deflate. A calibration stream finds which frame completes the first sentence and how
many events precede it; each trial then sends the frames before it, reads those events, and
times the last frame to the final result. Ratio: client median over raw median (target ≤ 1.10).

(b) 100 concurrent streams (`AsyncSymbl`, one event loop) each sending 30 s of 16 kHz LINEAR16
audio as fast as possible and reading every event: errors must be 0 and every stream's
transcript must equal the calibration stream's. Reported: audio frames per second, and the peak
RSS of the client and of the mock.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time
import uuid
from pathlib import Path
from typing import Any

from websockets.sync.client import connect

from symbl_api import AsyncSymbl, Symbl
from symbl_api.streaming import MessageResponseEvent, RecognitionResultEvent

from ._common import APP_ID, APP_SECRET, Metric, Options, helper_process, log, peak_rss_bytes, reset_peak_rss
from ._workload import fetch_token

FRAME = 8192
START = {"type": "start_request", "insightTypes": ["question", "action_item", "topic"]}


def audio(seconds: float, seed: int = 7) -> bytes:
    """Raw 16 kHz 16-bit PCM (non-silent, deterministic)."""
    pattern = bytes((seed * 11 + i * 17) % 256 for i in range(4096))
    size = int(seconds * 32000)
    return (pattern * (size // len(pattern) + 1))[:size]


def _frames(data: bytes) -> list[bytes]:
    return [data[i : i + FRAME] for i in range(0, len(data), FRAME)]


def _is_final(frame: dict[str, Any]) -> bool:
    message = frame.get("message") or {}
    return message.get("type") == "recognition_result" and bool(message.get("isFinal"))


def _calibrate(ws_url: str, token: str, frames: list[bytes]) -> tuple[int, int]:
    """(index of the frame completing the first sentence, events received before that frame)."""
    with connect(f"{ws_url}/v1/streaming/{uuid.uuid4()}?access_token={token}") as ws:
        ws.send(json.dumps(START))
        events = 0
        for index, frame in enumerate(frames):
            ws.send(frame)
            ws.send(
                json.dumps(
                    {"type": "modify_request", "speechRecognition": {"encoding": "LINEAR16", "sampleRateHertz": 16000}}
                )
            )
            while True:  # every frame is followed by session_modified: read up to it
                received = json.loads(ws.recv(timeout=5))
                if _is_final(received):
                    return index, events
                if (received.get("message") or {}).get("type") == "session_modified":
                    break
                events += 1
    raise RuntimeError("no final transcript in the calibration audio")


def _raw_trial(ws_url: str, token: str, frames: list[bytes], last: int, before: int) -> float:
    # Without per-message deflate, like the client (audio does not compress): the ratio then
    # measures what the client adds, not a different compression setting.
    with connect(f"{ws_url}/v1/streaming/{uuid.uuid4()}?access_token={token}", compression=None) as ws:
        ws.send(json.dumps(START))
        for frame in frames[:last]:
            ws.send(frame)
        for _ in range(before):
            ws.recv(timeout=5)
        started = time.perf_counter()
        ws.send(frames[last])
        while not _is_final(json.loads(ws.recv(timeout=5))):
            pass
        elapsed = time.perf_counter() - started
        ws.send(json.dumps({"type": "stop_request"}))
    return elapsed


def _client_trial(client: Symbl, frames: list[bytes], last: int, before: int) -> float:
    with client.streaming.connect(config=START) as stream:
        stream.send_audio(b"".join(frames[:last]))
        for _ in range(before):
            stream.recv()
        started = time.perf_counter()
        stream.send_audio(frames[last])
        while True:
            event = stream.recv()
            if isinstance(event, RecognitionResultEvent) and event.is_final:
                break
        elapsed = time.perf_counter() - started
        stream.close()
    return elapsed


def latency(opts: Options, url: str) -> Metric:
    token = fetch_token(url)
    ws_url = url.replace("http://", "ws://")
    frames = _frames(audio(8))
    last, before = _calibrate(ws_url, token, frames)
    trials = opts.pick(150, 5)
    raw: list[float] = []
    ours: list[float] = []
    with Symbl(base_url=url, app_id=APP_ID, app_secret=APP_SECRET) as client:
        for _ in range(3):  # warm up both paths
            _raw_trial(ws_url, token, frames, last, before)
            _client_trial(client, frames, last, before)
        for _ in range(trials):
            raw.append(_raw_trial(ws_url, token, frames, last, before))
            ours.append(_client_trial(client, frames, last, before))
    raw_median, ours_median = statistics.median(raw), statistics.median(ours)
    log(f"last frame -> final transcript: client {ours_median * 1e3:.2f} ms, raw websockets {raw_median * 1e3:.2f} ms")
    return Metric(
        key="streaming_latency",
        item="11a. streaming latency",
        measured=f"last audio frame -> final transcript, client vs raw websockets (median of {trials})",
        ratio=round(ours_median / raw_median, 3),
        target=1.10,
        noisy=True,
        details={"client_ms": round(ours_median * 1e3, 3), "raw_ms": round(raw_median * 1e3, 3), "frame_index": last},
    )


async def _one_stream(client: AsyncSymbl, data: bytes) -> tuple[list[str], int]:
    async with client.streaming.connect(config=START, first_event_timeout=60) as stream:
        await stream.send_audio(data, background=True, finish=True)
        messages: list[str] = []
        events = 0
        async for event in stream:
            events += 1
            if isinstance(event, MessageResponseEvent):
                messages.extend(m["payload"]["content"] for m in event.messages)
        return messages, events


async def _concurrent(url: str, streams: int, data: bytes) -> dict[str, Any]:
    async with AsyncSymbl(base_url=url, app_id=APP_ID, app_secret=APP_SECRET) as client:
        expected, _ = await _one_stream(client, data)
        reset_peak_rss()
        started = time.perf_counter()
        results = await asyncio.gather(*(_one_stream(client, data) for _ in range(streams)), return_exceptions=True)
        elapsed = time.perf_counter() - started
    errors = [r for r in results if isinstance(r, BaseException)]
    incomplete = [r for r in results if not isinstance(r, BaseException) and r[0] != expected]
    events = sum(r[1] for r in results if not isinstance(r, BaseException))
    return {
        "seconds": elapsed,
        "errors": len(errors),
        "first_error": repr(errors[0]) if errors else None,
        "incomplete": len(incomplete),
        "events": events,
        "messages_per_stream": len(expected),
        "client_peak_rss_mib": round(peak_rss_bytes() / 2**20, 1),
    }


def _mock_peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def concurrency(opts: Options, url: str, pid: int) -> list[Metric]:
    streams, seconds = opts.pick(100, 10), opts.pick(30.0, 5.0)
    data = audio(seconds, seed=3)
    found = asyncio.run(_concurrent(url, streams, data))
    frames = streams * len(_frames(data))
    rate = frames / found["seconds"]
    found.update(
        streams=streams,
        audio_seconds=seconds,
        frames=frames,
        frames_per_second=round(rate),
        mock_peak_rss_mib=_mock_peak_rss_mib(pid),
    )
    log(
        f"{streams} streams x {seconds:g} s audio: {rate:.0f} frames/s, {found['errors']} errors, "
        f"{found['incomplete']} incomplete; peak RSS client {found['client_peak_rss_mib']} MiB, mock {found['mock_peak_rss_mib']} MiB"
    )
    return [
        Metric(
            key="streaming_concurrent_failures",
            item="11b. streaming x100",
            measured=f"{streams} concurrent streams of {seconds:g} s audio: errors + incomplete transcripts",
            ratio=float(found["errors"] + found["incomplete"]),
            target=0.0,
            noisy=True,
            details=found,
        ),
        Metric(
            key="streaming_frames_per_second",
            item="11b. streaming x100",
            measured=f"audio frames per second over {streams} concurrent streams (client peak RSS "
            f"{found['client_peak_rss_mib']} MiB, mock {found['mock_peak_rss_mib']} MiB)",
            ratio=float(round(rate)),
            better="higher",
            noisy=True,
            details=found,
        ),
    ]


def run(opts: Options) -> list[Metric]:
    with helper_process("tests.bench._mockserver", "--job-seconds", "0") as (proc, url):
        return [latency(opts, url), *concurrency(opts, url, proc.pid)]
