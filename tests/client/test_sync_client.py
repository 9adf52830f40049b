"""Behaviour of the public client against scripted responses (httpx.MockTransport)."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import httpx
import pytest

from symbl_api import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    InvalidArgumentError,
    JobFailedError,
    JobTimeoutError,
    NotFoundError,
    PollPolicy,
    RateLimitError,
    RepeatedPageError,
    Symbl,
    SymblError,
    models,
)

from .conftest import CONV, JOB
from .fake import FakeSymbl, FakeTime, js

TEXT = models.TextProcessRequest(
    messages=[models.TextMessageInput(payload=models.TextMessagePayload(content="Hello there. Can we meet?"))]
)


MESSAGE = {
    "id": "1",
    "text": "Hello there.",
    "startTime": "2020-07-10T11:16:21.024Z",
    "endTime": "2020-07-10T11:16:22.024Z",
    "conversationId": CONV,
}


def accepted() -> httpx.Response:
    return js(201, {"conversationId": CONV, "jobId": JOB})


def job(status: str) -> httpx.Response:
    return js(200, {"id": JOB, "status": status})


def test_submit_then_poll_pending_pending_completed(client: Symbl, fake: FakeSymbl, fake_time: FakeTime) -> None:
    fake.on("POST", "/v1/process/text", accepted())
    fake.on("GET", f"/v1/job/{JOB}", job("scheduled"), job("in_progress"), job("completed"))
    fake.on("GET", f"/v1/conversations/{CONV}/messages", js(200, {"messages": [MESSAGE]}))
    seen: list[str] = []
    poller = client.process.submit_text(body=TEXT)
    poller_with_progress = client.job(poller.job_id, poller.conversation_id, on_status=lambda s, _: seen.append(s))
    conversation = poller_with_progress.result(timeout=60)
    assert seen == ["scheduled", "in_progress", "completed"]
    assert poller_with_progress.done() and poller_with_progress.status() == "completed"
    assert len(fake.calls("GET", f"/v1/job/{JOB}")) == 3
    assert len(fake_time.sleeps) == 2 and all(0 < s <= 0.5 for s in fake_time.sleeps)
    messages = conversation.get_messages()
    assert [m.text for m in messages.messages] == ["Hello there."]
    submit = fake.calls("POST", "/v1/process/text")[0]
    assert submit.headers["authorization"] == "Bearer token-1"
    assert submit.headers["content-type"] == "application/json"


def test_failed_job_raises_with_last_job(client: Symbl, fake: FakeSymbl) -> None:
    fake.on("GET", f"/v1/job/{JOB}", job("in_progress"), job("failed"))
    with pytest.raises(JobFailedError) as caught:
        client.job(JOB, CONV).result()
    assert caught.value.job == {"id": JOB, "status": "failed"}
    assert caught.value.job_id == JOB


def test_poll_timeout_raises_with_last_job(client: Symbl, fake: FakeSymbl, fake_time: FakeTime) -> None:
    fake.on("GET", f"/v1/job/{JOB}", job("in_progress"))
    with pytest.raises(JobTimeoutError) as caught:
        client.job(JOB, CONV).result(timeout=30)
    assert caught.value.job == {"id": JOB, "status": "in_progress"}
    assert sum(fake_time.sleeps) <= 30 + 1e-9
    # Poll intervals grow with the time waited: far fewer polls than 30 s / 0.5 s.
    assert 10 <= len(fake.calls("GET", f"/v1/job/{JOB}")) < 40


def test_unknown_status_keeps_polling_and_is_logged_once(
    client: Symbl, fake: FakeSymbl, caplog: pytest.LogCaptureFixture
) -> None:
    fake.on("GET", f"/v1/job/{JOB}", job("queued_somewhere"), job("queued_somewhere"), job("completed"))
    with caplog.at_level(logging.WARNING, logger="symbl_api"):
        client.job(JOB, CONV).wait()
    assert sum("unknown status 'queued_somewhere'" in r.message for r in caplog.records) == 1


def test_transient_poll_errors_are_not_job_failures(client: Symbl, fake: FakeSymbl) -> None:
    fake.on(
        "GET",
        f"/v1/job/{JOB}",
        js(503, {"message": "busy"}),
        js(503, {"message": "busy"}),
        js(503, {"message": "busy"}),
        job("completed"),
    )
    assert client.job(JOB, CONV).wait()["status"] == "completed"


def test_resume_without_conversation_id_needs_it_for_result(client: Symbl, fake: FakeSymbl) -> None:
    fake.on("GET", f"/v1/job/{JOB}", job("completed"))
    poller = client.job(JOB)
    assert poller.refresh() == "completed"
    with pytest.raises(InvalidArgumentError, match="conversation_id"):
        poller.result()


def test_401_refreshes_the_token_once_then_succeeds(client: Symbl, fake: FakeSymbl) -> None:
    fake.on("GET", f"/v1/conversations/{CONV}/topics", js(401, {"message": "expired"}), js(200, {"topics": []}))
    assert client.conversations.get_topics(CONV).topics == []
    calls = fake.calls("GET", f"/v1/conversations/{CONV}/topics")
    assert [c.headers["authorization"] for c in calls] == ["Bearer token-1", "Bearer token-2"]
    assert fake.tokens_issued == 2


def test_persistent_401_raises_authentication_error(client: Symbl, fake: FakeSymbl) -> None:
    fake.on("GET", f"/v1/conversations/{CONV}/topics", js(401, {"message": "Token validation failed"}))
    with pytest.raises(AuthenticationError, match="Token validation failed") as caught:
        client.conversations.get_topics(CONV)
    assert caught.value.status_code == 401 and caught.value.body == {"message": "Token validation failed"}
    assert len(fake.calls("GET", f"/v1/conversations/{CONV}/topics")) == 2


def test_token_is_cached_and_refreshed_before_expiry(client: Symbl, fake: FakeSymbl, fake_time: FakeTime) -> None:
    fake.on(
        "GET",
        f"/v1/conversations/{CONV}",
        js(200, {"id": CONV, "type": "meeting", "name": "n", "startTime": "2020-07-10T11:16:21.024Z"}),
    )
    client.conversations.get_conversation(CONV)
    client.conversations.get_conversation(CONV)
    assert fake.tokens_issued == 1
    fake_time.now += 3600 - 30  # inside the refresh margin
    client.conversations.get_conversation(CONV)
    assert fake.tokens_issued == 2


def test_429_honours_retry_after(client: Symbl, fake: FakeSymbl, fake_time: FakeTime) -> None:
    fake.on("POST", "/v1/process/text", js(429, {"message": "too many"}, {"Retry-After": "3"}), accepted())
    poller = client.process.submit_text(body=TEXT)
    assert poller.job_id == JOB
    assert fake_time.sleeps == [3.0]


def test_503_then_success_is_retried(client: Symbl, fake: FakeSymbl, fake_time: FakeTime) -> None:
    fake.on("GET", "/v1/conversations", js(503, {"message": "unavailable"}), js(200, {"conversations": []}))
    assert client.conversations.list_conversations().conversations == []
    assert len(fake_time.sleeps) == 1 and 0.375 <= fake_time.sleeps[0] <= 0.5


def test_retries_give_up_with_a_typed_error(client: Symbl, fake: FakeSymbl) -> None:
    fake.on("GET", f"/v1/conversations/{CONV}/questions", js(500, {"message": "Something went wrong"}))
    with pytest.raises(InternalServerError) as caught:
        client.conversations.get_questions(CONV)
    assert caught.value.status_code == 500
    assert len(fake.calls("GET", f"/v1/conversations/{CONV}/questions")) == 3  # 1 + max_retries


def test_read_timeout_on_submit_is_not_retried(client: Symbl, fake: FakeSymbl) -> None:
    fake.on("POST", "/v1/process/text", httpx.ReadTimeout("read timed out"))
    with pytest.raises(APITimeoutError):
        client.process.submit_text(body=TEXT)
    assert len(fake.calls("POST", "/v1/process/text")) == 1


def test_500_on_append_is_not_retried(client: Symbl, fake: FakeSymbl) -> None:
    fake.on("PUT", f"/v1/process/text/{CONV}", js(500, {"message": "oops"}))
    with pytest.raises(InternalServerError):
        client.process.append_text(CONV, body=TEXT)
    assert len(fake.calls("PUT", f"/v1/process/text/{CONV}")) == 1


def test_connection_refused_on_submit_is_retried(client: Symbl, fake: FakeSymbl) -> None:
    fake.on("POST", "/v1/process/text", httpx.ConnectError("refused"), accepted())
    assert client.process.submit_text(body=TEXT).conversation_id == CONV


def test_connection_errors_become_typed_errors(client: Symbl, fake: FakeSymbl) -> None:
    fake.on("GET", "/v1/conversations", httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError, match="ConnectError"):
        client.conversations.list_conversations()
    assert len(fake.calls("GET", "/v1/conversations")) == 3


def test_404_is_not_found_error(client: Symbl, fake: FakeSymbl) -> None:
    with pytest.raises(NotFoundError):
        client.conversations.get_summary(CONV)


def test_raw_response_gives_headers_without_raising(client: Symbl, fake: FakeSymbl) -> None:
    fake.on("GET", "/v1/conversations", js(429, {"message": "slow down"}, {"x-request-id": "abc"}))
    raw = client.conversations.with_raw_response.list_conversations()
    assert raw.status_code == 429 and raw.headers["x-request-id"] == "abc"


def test_pagination_walks_pages_until_a_short_page(client: Symbl, fake: FakeSymbl) -> None:
    def page(request: httpx.Request) -> httpx.Response:
        # Parameters left at the spec's defaults (offset 0, limit 20) are not sent.
        offset, limit = int(request.url.params.get("offset", 0)), int(request.url.params.get("limit", 20))
        ids = [str(i) for i in range(offset, min(offset + limit, 5))]
        items = [{"id": i, "type": "meeting", "name": f"c{i}", "startTime": "2020-07-10T11:16:21.024Z"} for i in ids]
        return js(200, {"conversations": items})

    fake.on("GET", "/v1/conversations", page)
    pager = client.conversations.iter_list_conversations(page_size=2)
    assert [c.id for c in pager] == ["0", "1", "2", "3", "4"]
    offsets = [(r.url.params.get("offset", "0"), r.url.params["limit"]) for r in fake.calls("GET", "/v1/conversations")]
    assert offsets == [("0", "2"), ("2", "2"), ("4", "2")]
    assert "offset" not in fake.calls("GET", "/v1/conversations")[0].url.params
    assert pager.next_offset == 5
    resumed = client.conversations.iter_list_conversations(page_size=2, start_offset=3, max_items=1)
    assert [c.id for c in resumed] == ["3"]


def test_pagination_refuses_a_repeated_page(client: Symbl, fake: FakeSymbl) -> None:
    same = {"conversations": [{"id": "1", "type": "meeting", "name": "c", "startTime": "2020-07-10T11:16:21.024Z"}] * 2}
    fake.on("GET", "/v1/conversations", js(200, same))
    with pytest.raises(RepeatedPageError):
        list(client.conversations.iter_list_conversations(page_size=2))


def test_bad_arguments_fail_before_any_request(client: Symbl, fake: FakeSymbl) -> None:
    with pytest.raises(InvalidArgumentError, match="limit") as caught:
        client.conversations.list_conversations(limit=70000)
    assert caught.value.parameter == "limit"
    with pytest.raises(InvalidArgumentError, match="conversation_id"):
        client.conversations.get_messages("not-a-number")
    with pytest.raises(InvalidArgumentError, match="page_size"):
        client.conversations.iter_list_conversations(page_size=0)
    assert [r.url.path for r in fake.requests if r.url.path != "/oauth2/token:generate"] == []


def test_upload_from_path_streams_with_real_media_type(client: Symbl, fake: FakeSymbl, tmp_path: Path) -> None:
    audio = tmp_path / "call.wav"
    audio.write_bytes(b"RIFF" + b"\0" * 3_000_000)
    fake.on("POST", "/v1/process/audio", accepted())
    client.process.submit_audio(body=audio, name="call")
    request = fake.calls("POST", "/v1/process/audio")[0]
    assert request.headers["content-type"] == "audio/wav"
    assert request.headers["content-length"] == str(audio.stat().st_size)
    assert fake.bodies[fake.requests.index(request)] == audio.read_bytes()


def test_upload_from_bytes_and_file_object(client: Symbl, fake: FakeSymbl) -> None:
    fake.on("POST", "/v1/process/video", accepted())
    client.process.submit_video(body=b"\0\0\0\x18ftypmp42", media_type="video/mp4")
    client.process.submit_video(body=io.BytesIO(b"\0\0\0\x18ftypmp42"), media_type="video/mp4")
    assert [r.headers["content-type"] for r in fake.calls("POST", "/v1/process/video")] == ["video/mp4", "video/mp4"]


def test_upload_rejects_a_media_type_the_spec_does_not_accept(client: Symbl, tmp_path: Path) -> None:
    clip = tmp_path / "clip.mov"
    clip.write_bytes(b"x")
    with pytest.raises(InvalidArgumentError, match="video/mp4"):
        client.process.submit_video(body=clip)
    with pytest.raises(InvalidArgumentError, match="no such file"):
        client.process.submit_audio(body=tmp_path / "missing.wav")


def test_labs_operations_go_to_the_labs_server_from_production(fake: FakeSymbl) -> None:
    fake.on("GET", f"/v1/conversations/{CONV}/abstract-topics", js(200, {"abstractTopics": []}))
    http = httpx.Client(transport=httpx.MockTransport(fake.handler))
    with Symbl(access_token="tok", http_client=http) as client:
        client.conversations.get_abstract_topics(CONV)
    assert fake.calls("GET", f"/v1/conversations/{CONV}/abstract-topics")[0].url.host == "api-labs.symbl.ai"


def test_api_key_scheme_and_static_token(fake: FakeSymbl) -> None:
    fake.on("GET", "/v1/conversations", js(200, {"conversations": []}))
    http = httpx.Client(transport=httpx.MockTransport(fake.handler))
    with Symbl(
        access_token="tok-xyz", auth_scheme="apiKeyAuth", base_url="http://127.0.0.1:1", http_client=http
    ) as client:
        client.conversations.list_conversations()
    request = fake.calls("GET", "/v1/conversations")[0]
    assert request.headers["x-api-key"] == "tok-xyz" and "authorization" not in request.headers
    assert fake.tokens_issued == 0


def test_missing_credentials_and_unknown_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SYMBL_APP_ID", "SYMBL_APP_SECRET", "SYMBL_ACCESS_TOKEN", "SYMBL_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(SymblError, match="SYMBL_APP_ID"):
        Symbl()
    with pytest.raises(InvalidArgumentError, match="production"):
        Symbl(access_token="t", environment="staging")


def test_environment_variables_configure_the_client(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYMBL_APP_ID", "env-app")
    monkeypatch.setenv("SYMBL_APP_SECRET", "env-secret")
    monkeypatch.setenv("SYMBL_BASE_URL", "http://127.0.0.1:9/")
    with Symbl() as client:
        assert client.base_url == "http://127.0.0.1:9"
    with Symbl(environment="mock") as client:
        assert client.base_url == "http://127.0.0.1:8700"


def test_secrets_never_appear_in_repr_logs_or_errors(
    client: Symbl, fake: FakeSymbl, caplog: pytest.LogCaptureFixture
) -> None:
    fake.on("GET", f"/v1/conversations/{CONV}/topics", js(401, {"message": "nope"}))
    with caplog.at_level(logging.DEBUG, logger="symbl_api"), pytest.raises(AuthenticationError) as caught:
        client.conversations.get_topics(CONV)
    text = repr(client) + str(caught.value) + repr(caught.value) + caplog.text
    assert "app-123" in repr(client)
    for secret in ("s3cret-value", "token-1", "token-2"):
        assert secret not in text
    assert "<redacted>" in caplog.text


def test_poll_policy_is_separate_and_finite_by_default() -> None:
    policy = PollPolicy()
    assert policy.timeout is not None
    assert policy.interval(0, 0) == policy.initial
    assert policy.interval(1000, 0) == policy.max_interval


def test_rate_limit_error_carries_headers(client: Symbl, fake: FakeSymbl) -> None:
    fake.on(
        "POST", "/v1/process/text", js(429, {"message": "Maximum number of concurrent jobs"}, {"Retry-After": "500"})
    )
    with pytest.raises(RateLimitError) as caught:
        client.process.submit_text(body=TEXT)
    assert caught.value.headers["retry-after"] == "500"


def test_timeout_applies_to_owned_and_caller_clients(fake: FakeSymbl) -> None:
    with Symbl(access_token="t", base_url="http://127.0.0.1:1") as owned:
        assert owned._http.timeout.read == 600 and owned._http.timeout.connect == 5
    http = httpx.Client(transport=httpx.MockTransport(fake.handler), timeout=3)
    with Symbl(access_token="t", http_client=http) as kept:
        assert kept._http.timeout.read == 3
    with Symbl(access_token="t", http_client=http, timeout=7) as explicit:
        assert explicit._http.timeout.read == 7
