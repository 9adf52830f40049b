"""The mock under hostile clients: over-long numbers, uploads refused before their body is read,
slow clients cut off, malformed media failing the job with a reason, URLs not taken from `Host`."""

from __future__ import annotations

import socket
import struct
import time
from collections.abc import Iterator

import httpx
import pytest

from symbl_mock import MockSettings, RunningMock, running_mock

from .conftest import CREDENTIALS, FakeClock, assert_conforms, mp4_bytes, session, wav_bytes


@pytest.fixture(scope="module")
def served() -> Iterator[RunningMock]:
    settings = MockSettings(job_seconds=0.0, header_timeout=0.3, body_timeout=0.3, max_upload_bytes=10_000_000)
    with running_mock(settings) as mock:
        yield mock


def _token(mock: RunningMock) -> str:
    token: str = httpx.post(f"{mock.url}/oauth2/token:generate", json=CREDENTIALS).json()["accessToken"]
    return token


def _raw(mock: RunningMock, request: bytes, *, wait: float = 5.0) -> bytes:
    """Send `request` bytes on a fresh connection; everything the server sends until it closes."""
    host, port = mock.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=wait) as sock:
        sock.sendall(request)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    return received


async def test_over_long_numbers_are_400_not_500() -> None:
    async with session() as s:
        for value in ("9" * 5000, "1" * 41, "-" + "7" * 4400):
            response = await s.call("listConversations", params={"offset": value})
            assert response.status_code == 400, response.text
            assert "out of range" in response.json()["message"]
        body = b'{"messages": [{"payload": {"content": "hi"}}], "confidenceThreshold": ' + b"9" * 5000 + b"}"
        raw = await s.call("submitText", content=body, headers={"Content-Type": "application/json"})
        assert raw.status_code == 400
        assert not s.app.state.mock.problems


def test_upload_without_token_is_refused_before_its_body(served: RunningMock) -> None:
    head = (
        b"POST /v1/process/audio HTTP/1.1\r\nHost: x\r\nContent-Type: audio/wav\r\n"
        b"Content-Length: 400000000\r\n\r\n" + b"RIFF"
    )
    started = time.monotonic()
    answer = _raw(served, head)
    assert answer.startswith(b"HTTP/1.1 401 "), answer[:200]
    assert b"no access token" in answer
    assert time.monotonic() - started < 2  # answered and closed without waiting for 400 MB


def test_content_length_over_the_limit_is_413_before_the_body(served: RunningMock) -> None:
    token = _token(served).encode()
    head = (
        b"POST /v1/process/audio HTTP/1.1\r\nHost: x\r\nContent-Type: audio/wav\r\nAuthorization: Bearer "
        + token
        + b"\r\nContent-Length: 10000001\r\n\r\n"
    )
    answer = _raw(served, head)
    assert answer.startswith(b"HTTP/1.1 413 "), answer[:200]
    assert b"larger than the limit of 10000000 bytes" in answer
    refused = _raw(served, head.replace(b"audio/wav", b"text/html"))
    assert refused.startswith(b"HTTP/1.1 413 ")  # size first: nothing of the body is read either way


def test_partial_headers_are_timed_out(served: RunningMock) -> None:
    started = time.monotonic()
    answer = _raw(served, b"GET /v1/conversations HTTP/1.1\r\nHost: x\r\nX-Slow: ")
    assert answer == b""  # closed without an answer
    assert 0.2 < time.monotonic() - started < 3


def test_a_body_shorter_than_its_content_length_is_timed_out(served: RunningMock) -> None:
    token = _token(served).encode()
    request = (
        b"POST /v1/process/text HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer "
        + token
        + b'\r\nContent-Length: 100\r\n\r\n{"messages":'
    )
    answer = _raw(served, request)
    assert answer.split(b"\r\n")[0] in (b"HTTP/1.1 408 Request Timeout", b"HTTP/1.1 400 Bad Request"), answer[:200]
    assert b"not received" in answer
    upload = (
        b"POST /v1/process/audio HTTP/1.1\r\nHost: x\r\nContent-Type: audio/wav\r\nAuthorization: Bearer "
        + token
        + b"\r\nContent-Length: 5000\r\n\r\nRIFF"
    )
    assert b"not received" in _raw(served, upload)


def test_public_urls_come_from_configuration_never_from_host(served: RunningMock) -> None:
    token = _token(served)
    body = {"operation": "start", "endpoint": {"type": "sip", "uri": "sip:alice@example.com"}}
    headers = {"Authorization": f"Bearer {token}", "Host": "evil.example"}
    answer = httpx.post(f"{served.url}/v1/endpoint:connect", json=body, headers=headers).json()
    assert answer["eventUrl"].startswith(f"{served.url}/v1/event/"), answer
    assert answer["resultWebSocketUrl"].startswith(served.url.replace("http", "ws", 1) + "/events/")
    with running_mock(MockSettings(public_url="https://symbl.internal:8443")) as other:
        token = _token(other)
        headers = {"Authorization": f"Bearer {token}", "Host": "evil.example"}
        answer = httpx.post(f"{other.url}/v1/endpoint:connect", json=body, headers=headers).json()
    assert answer["eventUrl"].startswith("https://symbl.internal:8443/v1/event/")
    assert answer["resultWebSocketUrl"].startswith("wss://symbl.internal:8443/events/")


def _tiny_boxes(count: int) -> bytes:
    ftyp = struct.pack(">I", 16) + b"ftypisom" + b"\x00\x00\x02\x00"
    return ftyp + (struct.pack(">I", 8) + b"free") * count


def _tiny_chunks(count: int) -> bytes:
    chunks = (b"junk" + struct.pack("<I", 0)) * count
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WAVE" + chunks


@pytest.mark.parametrize(
    ("content", "media", "reason"),
    [
        (_tiny_boxes(20_000), "video/mp4", "more than 4096 boxes"),
        (_tiny_boxes(3), "video/mp4", "no movie header"),
        (_tiny_chunks(20_000), "audio/wav", "more than 4096 chunks"),
        (b"RIFF\x10\x00\x00\x00WAVEdata\x04\x00\x00\x00abcd", "audio/wav", "no usable fmt chunk"),
        (b"not audio at all" * 100, None, "could not be detected"),
    ],
    ids=["mp4-tiny-boxes", "mp4-no-moov", "wav-tiny-chunks", "wav-no-fmt", "undetectable"],
)
async def test_malformed_media_fails_the_job_with_a_reason(content: bytes, media: str | None, reason: str) -> None:
    clock = FakeClock()
    async with session(MockSettings(job_seconds=1.0, clock=clock)) as s:
        operation = "submitVideo" if media == "video/mp4" else "submitAudio"
        headers = {"Content-Type": media} if media else {}
        started = time.monotonic()
        submitted = await s.call(operation, content=content, headers=headers)
        assert submitted.status_code == 201, submitted.text
        assert time.monotonic() - started < 2
        clock.advance(2)
        job = await s.call("getJobStatus", path={"jobId": submitted.json()["jobId"]})
        assert job.json()["status"] == "failed"
        assert reason in job.json()["message"]


@pytest.mark.parametrize(
    "content_type", [None, "", "application/octet-stream", "application/octet-stream; charset=binary"]
)
async def test_audio_format_is_detected_from_the_bytes(content_type: str | None) -> None:
    clock = FakeClock()
    async with session(MockSettings(job_seconds=1.0, clock=clock)) as s:
        headers = {} if content_type is None else {"Content-Type": content_type}
        submitted = await s.call("submitAudio", content=wav_bytes(60), headers=headers)
        assert submitted.status_code == 201, submitted.text
        clock.advance(2)
        job = await s.call("getJobStatus", path={"jobId": submitted.json()["jobId"]})
        assert job.json()["status"] == "completed"
        messages = await s.call("getMessages", path={"conversationId": submitted.json()["conversationId"]})
        assert len(messages.json()["messages"]) == 10  # one sentence per 6 s of the 60 s the header says
        mp4 = await s.call("submitAudio", content=mp4_bytes(30), headers=headers)
        assert mp4.status_code == 201


async def test_a_declared_content_type_still_has_to_be_one_the_operation_takes() -> None:
    async with session() as s:
        wrong = await s.call("submitAudio", content=wav_bytes(1), headers={"Content-Type": "text/plain"})
        assert wrong.status_code == 400
        assert "audio/wav" in wrong.json()["message"]
        assert_conforms("submitAudio", wrong)
