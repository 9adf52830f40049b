"""The client against a real loopback server that misbehaves on command, sync and async.

Every case ends in a typed `SymblError` (or success where success was possible): no raw
exception, no silent `None`, no hang, no unbounded memory, no duplicate of a non-idempotent call.
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import inspect
import os
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from symbl_api import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncSymbl,
    AuthenticationError,
    InvalidArgumentError,
    JobFailedError,
    JobTimeoutError,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    Symbl,
    SymblError,
    models,
)

from .conftest import CONV, JOB
from .fake import FakeTime
from .hostile import Act, Hostile, drip, drop, hostile_server, raw, redirect_to_self, reply, truncated

TEXT = models.TextProcessRequest(
    messages=[
        models.TextMessageInput(
            payload=models.TextMessagePayload(content="hello"), from_=models.TextMessageSender(name="Ann")
        )
    ]
)
ACCEPTED = {"conversationId": CONV, "jobId": JOB}
MESSAGE = {"id": "m1", "text": "hi", "startTime": "2024-01-01T00:00:00+00:00", "endTime": "2024-01-01T00:00:01+00:00"}
MESSAGES = {"messages": [{**MESSAGE, "conversationId": CONV}, {**MESSAGE, "conversationId": CONV}]}
CONVERSATION = {"id": CONV, "type": "meeting", "name": "Planning", "startTime": "2024-01-01T00:00:00+00:00"}
TOKEN = {"accessToken": "fresh-token", "expiresIn": 3600}
MSGS_PATH = f"/v1/conversations/{CONV}/messages"
CONV_PATH = f"/v1/conversations/{CONV}"


class Api:
    """One client of either flavour; `api(lambda c: c.x.y(...))` runs the call to completion."""

    def __init__(self, kind: str, time_: FakeTime, **options: Any) -> None:
        self.kind, self.time = kind, time_
        options.setdefault("clock", time_.clock)
        if kind == "sync":
            self.client: Any = Symbl(sleep=time_.sleep, **options)
        else:
            self.loop = asyncio.new_event_loop()
            self.client = AsyncSymbl(sleep=time_.asleep, **options)

    def __call__(self, call: Callable[[Any], Any]) -> Any:
        result = call(self.client)
        return self.loop.run_until_complete(result) if inspect.isawaitable(result) else result

    def close(self) -> None:
        if self.kind == "sync":
            self.client.close()
        else:
            self.loop.run_until_complete(self.client.close())
            self.loop.close()


@pytest.fixture
def server() -> Iterator[Hostile]:
    with hostile_server() as hostile:
        yield hostile


@pytest.fixture(params=["sync", "async"])
def make(request: pytest.FixtureRequest, server: Hostile, fake_time: FakeTime) -> Iterator[Callable[..., Api]]:
    made: list[Api] = []

    def factory(*, follow_caller: bool = False, **options: Any) -> Api:
        options.setdefault("base_url", server.url)
        if follow_caller:  # a caller's client that follows redirects itself
            cls = httpx.Client if request.param == "sync" else httpx.AsyncClient
            options["http_client"] = cls(follow_redirects=True)
        if "app_id" not in options:
            options.setdefault("access_token", "tok")
        api = Api(request.param, fake_time, **options)
        made.append(api)
        return api

    yield factory
    for api in made:
        api.close()


# --- non-idempotent calls: never duplicated ----------------------------------------------------


@pytest.mark.parametrize("failure", [reply(503, {"message": "busy"}), reply(500, {"message": "oops"}), drop()])
def test_an_ambiguous_submission_is_not_retried_and_says_how_to_check(
    make: Callable[..., Api], server: Hostile, failure: Act
) -> None:
    server.script(failure, reply(201, ACCEPTED))
    api = make()
    with pytest.raises(OutcomeUnknownError, match=r"not safe to repeat.*Check") as caught:
        api(lambda c: c.process.submit_text(body=TEXT))
    assert caught.value.operation == "submitText"
    assert len(server.calls("/v1/process/text")) == 1


def test_an_ambiguous_append_names_the_conversation_to_check(make: Callable[..., Api], server: Hostile) -> None:
    server.script(drop(), reply(201, ACCEPTED))
    with pytest.raises(OutcomeUnknownError, match=f"conversationId={CONV}"):
        make()(lambda c: c.process.append_text(CONV, body=TEXT))
    assert len(server.calls(f"/v1/process/text/{CONV}")) == 1


def test_a_submission_refused_with_429_is_retried_after_the_servers_wait(
    make: Callable[..., Api], server: Hostile, fake_time: FakeTime
) -> None:
    server.script(reply(429, {"message": "slow down"}, {"Retry-After": "3"}), reply(201, ACCEPTED))
    job = make()(lambda c: c.process.submit_text(body=TEXT))
    assert job.job_id == JOB and len(server.calls("/v1/process/text")) == 2
    assert fake_time.sleeps == [3.0]


def test_connection_refused_is_retried_and_names_host_and_port(make: Callable[..., Api], fake_time: FakeTime) -> None:
    with socket_closed_port() as port:
        api = make(base_url=f"http://127.0.0.1:{port}", max_retries=2)
        with pytest.raises(APIConnectionError, match=f"127.0.0.1:{port}") as caught:
            api(lambda c: c.process.submit_text(body=TEXT))
    assert not isinstance(caught.value, OutcomeUnknownError)
    assert len(fake_time.sleeps) == 2


def socket_closed_port() -> Any:
    import contextlib
    import socket

    @contextlib.contextmanager
    def closed() -> Iterator[int]:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        sock.close()  # nothing listens there now: connect is refused
        yield port

    return closed()


# --- idempotent calls: retried through every transient failure --------------------------------


def test_an_idempotent_read_survives_5xx_drops_truncation_and_garbage(
    make: Callable[..., Api], server: Hostile
) -> None:
    server.script(
        reply(503, {"message": "busy"}),
        drop(),
        truncated(MESSAGES),
        raw(200, b"<html>proxy error</html>", {"Content-Type": "text/html"}),
        raw(200, b""),
        reply(200, MESSAGES),
    )
    result = make(max_retries=5)(lambda c: c.conversations.get_messages(CONV))
    assert len(result.messages) == 2 and len(server.calls(MSGS_PATH)) == 6


def test_the_token_request_is_retried_like_an_idempotent_call(make: Callable[..., Api], server: Hostile) -> None:
    server.script(reply(500, {"message": "oops"}), drop(), reply(200, TOKEN), reply(200, CONVERSATION))
    api = make(app_id="app", app_secret="s3cret", max_retries=2)
    assert api(lambda c: c.conversations.get_conversation(CONV)).name == "Planning"
    assert server.calls(CONV_PATH)[0].headers["authorization"] == "Bearer fresh-token"


# --- every bad answer is a typed error ---------------------------------------------------------


def test_a_2xx_body_violating_the_schema_names_operation_and_json_path(
    make: Callable[..., Api], server: Hostile
) -> None:
    broken = {
        "messages": [
            {**MESSAGE, "conversationId": CONV},
            {"id": "m2", "text": "x", "endTime": MESSAGE["endTime"], "conversationId": CONV},
        ]
    }
    server.script(reply(200, broken))
    with pytest.raises(ResponseValidationError) as caught:
        make()(lambda c: c.conversations.get_messages(CONV))
    assert caught.value.operation == "getMessages" and caught.value.path == "$.messages[1].startTime"
    assert "getMessages" in str(caught.value) and "$.messages[1].startTime" in str(caught.value)


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ([CONVERSATION], "$"),
        ({**CONVERSATION, "startTime": 12}, "$.startTime"),
        ({"id": CONV, "type": "meeting", "startTime": CONVERSATION["startTime"]}, "$.name"),
    ],
)
def test_wrong_shapes_and_types_are_typed(make: Callable[..., Api], server: Hostile, body: Any, where: str) -> None:
    server.script(reply(200, body))
    with pytest.raises(ResponseValidationError) as caught:
        make(max_retries=0)(lambda c: c.conversations.get_conversation(CONV))
    assert caught.value.path == where and caught.value.operation == "getConversation"


def test_an_empty_2xx_to_a_submission_is_typed_and_not_repeated(make: Callable[..., Api], server: Hostile) -> None:
    server.script(raw(201, b""))
    with pytest.raises(ResponseValidationError, match="empty body"):
        make()(lambda c: c.process.submit_text(body=TEXT))
    assert len(server.calls("/v1/process/text")) == 1


@pytest.mark.parametrize("follow", [False, True])
def test_a_redirect_loop_is_typed_even_with_a_following_caller_client(
    make: Callable[..., Api], server: Hostile, follow: bool
) -> None:
    server.script(redirect_to_self())
    api = make(follow_caller=follow)
    with pytest.raises(APIStatusError, match="redirected") as caught:
        api(lambda c: c.conversations.get_conversation(CONV))
    assert caught.value.status_code == 302 and len(server.requests) == 1


def test_an_unknown_status_code_is_typed(make: Callable[..., Api], server: Hostile) -> None:
    server.script(reply(999, {"message": "what"}))
    with pytest.raises(APIStatusError, match="unknown HTTP status 999") as caught:
        make()(lambda c: c.conversations.get_conversation(CONV))
    assert caught.value.status_code == 999


@pytest.mark.parametrize(
    "value",
    ["garbage", "-5", "NaN", "inf", "1e308", "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 01 Jan 9999 00:00:00 GMT", ""],
)
def test_any_retry_after_gives_a_bounded_wait(
    make: Callable[..., Api], server: Hostile, fake_time: FakeTime, value: str
) -> None:
    server.script(reply(503, {"message": "busy"}, {"Retry-After": value}), reply(200, CONVERSATION))
    assert make()(lambda c: c.conversations.get_conversation(CONV)).name == "Planning"
    assert len(fake_time.sleeps) == 1 and 0 <= fake_time.sleeps[0] <= 60


def test_retry_after_never_waits_past_the_callers_timeout(
    make: Callable[..., Api], server: Hostile, fake_time: FakeTime
) -> None:
    server.script(reply(503, {"message": "busy"}, {"Retry-After": "50"}))
    with pytest.raises(APIStatusError) as caught:
        make(timeout=10)(lambda c: c.conversations.get_conversation(CONV))
    assert caught.value.status_code == 503 and fake_time.sleeps == []


@pytest.mark.parametrize("hint", ["0", "-1", "garbage", "86400"])
def test_job_status_retry_after_neither_busy_loops_nor_overshoots(
    make: Callable[..., Api], server: Hostile, fake_time: FakeTime, hint: str
) -> None:
    server.script(reply(200, {"id": JOB, "status": "in_progress"}, {"Retry-After": hint}))
    with pytest.raises(JobTimeoutError, match=r"after waiting 20\.0 s; resume later with client\.job\(") as caught:
        make()(lambda c: c.job(JOB, CONV).result(timeout=20))
    assert caught.value.job_id == JOB
    assert sum(fake_time.sleeps) == pytest.approx(20) and len(server.requests) <= 20 / 0.45 + 2


def test_a_dripping_body_does_not_outlive_the_timeout(make: Callable[..., Api], server: Hostile) -> None:
    server.script(drip(0.02))
    api = make(timeout=0.5, clock=time.monotonic, max_retries=0)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        api(lambda c: c.conversations.get_conversation(CONV))
    assert time.monotonic() - started < 2


@functools.cache
def _bomb(mebibytes: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = b"\0" * (1 << 20)
    return b"".join(packer.compress(zeros) for _ in range(mebibytes)) + packer.flush()


def test_a_decompression_bomb_is_refused_within_bounded_memory(make: Callable[..., Api], server: Hostile) -> None:
    bomb = _bomb(256)  # under 0.3 MiB on the wire, 256 MiB decoded
    server.script(raw(200, bomb, {"Content-Encoding": "gzip", "Content-Type": "application/json"}))
    api = make(max_response_bytes=1 << 20)
    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLargeError, match="max_response_bytes"):
            api(lambda c: c.conversations.get_conversation(CONV))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(bomb) < 1 << 20 and peak < 16 << 20


def test_a_gzip_answer_within_limits_reads_normally(make: Callable[..., Api], server: Hostile) -> None:
    import json

    body = gzip.compress(json.dumps(CONVERSATION).encode())
    server.script(raw(200, body, {"Content-Encoding": "gzip", "Content-Type": "application/json"}))
    assert make()(lambda c: c.conversations.get_conversation(CONV)).name == "Planning"


def test_a_huge_error_body_is_cut_in_the_message_but_kept_whole(make: Callable[..., Api], server: Hostile) -> None:
    server.script(reply(404, {"message": "x" * 5_000_000}))
    with pytest.raises(NotFoundError) as caught:
        make()(lambda c: c.conversations.get_conversation(CONV))
    assert len(str(caught.value)) < 1000 and len(caught.value.body["message"]) == 5_000_000
    assert caught.value.operation == "getConversation"


@pytest.mark.parametrize("body", [[1, 2], {"id": JOB}, {"id": JOB, "status": 7}])
def test_a_job_status_that_is_not_a_job_status_is_typed(make: Callable[..., Api], server: Hostile, body: Any) -> None:
    server.script(reply(200, body))
    api = make()
    with pytest.raises(ResponseValidationError, match="getJobStatus"):
        api(lambda c: c.job(JOB, CONV).refresh())
    with pytest.raises(JobTimeoutError):
        api(lambda c: c.job(JOB, CONV).result(timeout=5))


@pytest.mark.parametrize("token", [{"accessToken": 5, "expiresIn": 60}, {"accessToken": "t", "expiresIn": "soon"}])
def test_an_unusable_token_answer_is_typed(make: Callable[..., Api], server: Hostile, token: Any) -> None:
    server.script(reply(200, token))
    with pytest.raises(ResponseValidationError, match="generateToken"):
        make(app_id="app", app_secret="s3cret")(lambda c: c.conversations.get_conversation(CONV))


# --- smaller promises --------------------------------------------------------------------------


def test_a_bad_argument_fails_before_any_request_even_the_token(make: Callable[..., Api], server: Hostile) -> None:
    api = make(app_id="app", app_secret="s3cret")
    with pytest.raises(InvalidArgumentError, match="limit"):
        api(lambda c: c.conversations.list_conversations(limit=100_000))
    assert server.requests == []


def test_status_errors_carry_operation_and_case_insensitive_headers(make: Callable[..., Api], server: Hostile) -> None:
    server.script(reply(429, {"message": "slow"}, {"Retry-After": "7", "X-Request-Id": "r-1"}))
    with pytest.raises(RateLimitError) as caught:
        make(max_retries=0)(lambda c: c.conversations.get_conversation(CONV))
    error = caught.value
    assert error.headers["Retry-After"] == error.headers["retry-after"] == "7"
    assert error.operation == "getConversation" and error.request_id == "r-1"


def test_a_failed_job_carries_its_reason_and_how_to_resume(make: Callable[..., Api], server: Hostile) -> None:
    server.script(reply(200, {"id": JOB, "status": "failed", "reason": "audio is silent"}))
    with pytest.raises(JobFailedError, match="audio is silent") as caught:
        make()(lambda c: c.job(JOB, CONV).result(timeout=5))
    assert caught.value.reason == "audio is silent" and f"client.job('{JOB}', '{CONV}')" in str(caught.value)


# --- uploads that cannot be replayed -----------------------------------------------------------


def _pipe_with(data: bytes) -> Any:
    read_fd, write_fd = os.pipe()

    def feed() -> None:
        with os.fdopen(write_fd, "wb") as writer:
            writer.write(data)

    threading.Thread(target=feed, daemon=True).start()
    return os.fdopen(read_fd, "rb")


def test_a_pipe_upload_streams_chunked_and_whole(make: Callable[..., Api], server: Hostile) -> None:
    data = os.urandom(300_000)
    server.script(reply(201, ACCEPTED))
    with _pipe_with(data) as pipe:
        make()(lambda c: c.process.submit_audio(body=pipe, media_type="audio/wav"))
    upload = server.calls("/v1/process/audio")[0]
    assert upload.chunked and "content-length" not in upload.headers and upload.body == data


def test_a_generator_upload_is_sent_once_and_whole(make: Callable[..., Api], server: Hostile) -> None:
    chunks = [os.urandom(50_000) for _ in range(4)]
    server.script(reply(429, {"message": "slow"}, {"Retry-After": "1"}), reply(201, ACCEPTED))
    with pytest.raises(RateLimitError):
        make()(lambda c: c.process.submit_audio(body=(chunk for chunk in chunks), media_type="audio/wav"))
    uploads = server.calls("/v1/process/audio")
    assert len(uploads) == 1 and uploads[0].chunked and uploads[0].body == b"".join(chunks)


def test_an_upload_of_the_wrong_kind_fails_before_any_request(make: Callable[..., Api], server: Hostile) -> None:
    with pytest.raises(InvalidArgumentError, match="iterable of bytes"):
        make()(lambda c: c.process.submit_audio(body=12345, media_type="audio/wav"))
    assert server.requests == []


def test_a_regular_file_upload_declares_its_size(make: Callable[..., Api], server: Hostile, tmp_path: Path) -> None:
    path = tmp_path / "a.wav"
    path.write_bytes(b"RIFF" + b"\1" * 5000)
    server.script(reply(201, ACCEPTED))
    with path.open("rb") as handle:
        handle.read(4)  # the caller's position is where the upload starts
        make()(lambda c: c.process.submit_audio(body=handle, media_type="audio/wav"))
    upload = server.calls("/v1/process/audio")[0]
    assert upload.headers["content-length"] == "5000" and upload.body == b"\1" * 5000


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (reply(429, {"message": "slow"}, {"Retry-After": "1"}), RateLimitError),
        (reply(401, {"message": "no"}), AuthenticationError),
    ],
)
def test_a_pipe_upload_is_never_sent_twice(
    make: Callable[..., Api], server: Hostile, answer: Act, error: type[SymblError]
) -> None:
    data = os.urandom(100_000)
    server.script(reply(200, TOKEN), answer, reply(201, ACCEPTED))
    with _pipe_with(data) as pipe, pytest.raises(error):
        make(app_id="app", app_secret="s3cret")(lambda c: c.process.submit_audio(body=pipe, media_type="audio/wav"))
    uploads = server.calls("/v1/process/audio")
    assert len(uploads) == 1 and uploads[0].body == data


# --- the caller's http_client is used as given ---------------------------------------------------


def test_two_clients_sharing_one_http_client_keep_their_own_server_auth_and_retries(fake_time: FakeTime) -> None:
    with hostile_server() as first, hostile_server() as second, httpx.Client() as shared:
        first.script(reply(503, {"message": "busy"}))
        second.script(reply(200, CONVERSATION))
        a = Symbl(access_token="tok-a", base_url=first.url, http_client=shared, max_retries=2, sleep=fake_time.sleep)
        b = Symbl(access_token="tok-b", base_url=second.url, http_client=shared, max_retries=2, sleep=fake_time.sleep)
        with pytest.raises(APIStatusError):
            a.conversations.get_conversation(CONV)
        b.conversations.get_conversation(CONV)
        a.close()
        b.close()
        assert len(first.requests) == 3 and len(second.requests) == 1
        assert {r.headers["authorization"] for r in first.requests} == {"Bearer tok-a"}
        assert second.requests[0].headers["authorization"] == "Bearer tok-b"
        assert shared.base_url == httpx.URL("") and shared.auth is None and not shared.is_closed
