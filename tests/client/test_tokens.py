"""Token refresh under concurrency (coalesced, no failed call) and secrets kept out of sight."""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import time
import traceback
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from symbl_api import AsyncSymbl, AuthenticationError, BadRequestError, Symbl, models
from symbl_mock import MockSettings, running_mock

from .conftest import CONV
from .fake import js

CONVERSATION = {"id": CONV, "type": "meeting", "name": "Planning", "startTime": "2024-01-01T00:00:00+00:00"}


class RevokingServer:
    """Accepts only the newest token; `revoke()` makes every issued token invalid at once."""

    def __init__(self) -> None:
        self.issued = 0
        self.valid: str | None = None
        self.lock = threading.Lock()

    def revoke(self) -> None:
        self.valid = None

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token:generate":
            with self.lock:
                self.issued += 1
                self.valid = f"token-{self.issued}"
            return js(200, {"accessToken": self.valid, "expiresIn": 3600})
        if request.headers.get("authorization") != f"Bearer {self.valid}":
            return js(401, {"message": "Token validation failed"})
        return js(200, CONVERSATION)

    async def ahandler(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0)  # let the other tasks run into the same 401
        return self.handler(request)


def test_async_concurrent_401s_coalesce_into_one_refresh() -> None:
    server = RevokingServer()

    async def main() -> list[object]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(server.ahandler))
        async with AsyncSymbl(app_id="a", app_secret="s3cret", base_url="http://api.test", http_client=http) as client:
            await client.conversations.get_conversation(CONV)
            server.revoke()
            return await asyncio.gather(
                *(client.conversations.get_conversation(CONV) for _ in range(32)), return_exceptions=True
            )

    results = asyncio.run(main())
    assert [r for r in results if isinstance(r, BaseException)] == []
    assert server.issued == 2


def test_sync_concurrent_401s_coalesce_into_one_refresh() -> None:
    server = RevokingServer()
    http = httpx.Client(transport=httpx.MockTransport(server.handler))
    with Symbl(app_id="a", app_secret="s3cret", base_url="http://api.test", http_client=http) as client:
        client.conversations.get_conversation(CONV)
        server.revoke()
        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(lambda _: client.conversations.get_conversation(CONV).name, range(32)))
    assert results == ["Planning"] * 32 and server.issued == 2


def test_wrong_credentials_still_fail_after_one_fresh_token() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path == "/oauth2/token:generate":
            return js(200, {"accessToken": f"t{len(calls)}", "expiresIn": 3600})
        return js(401, {"message": "Token validation failed"})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Symbl(app_id="a", app_secret="s", base_url="http://api.test", http_client=http)
    with client, pytest.raises(AuthenticationError):
        client.conversations.get_conversation(CONV)
    assert calls.count(f"/v1/conversations/{CONV}") == 2 and calls.count("/oauth2/token:generate") == 2


def test_short_lived_tokens_under_concurrency_against_the_mock() -> None:
    """1 s tokens, 32 tasks calling for 2.5 s: tokens expire mid-flight several times, no call fails."""
    settings = MockSettings.from_env(token_seconds=1)

    async def main(url: str) -> tuple[int, list[BaseException]]:
        failures: list[BaseException] = []
        done = 0
        async with AsyncSymbl(base_url=url, app_id=settings.app_id, app_secret=settings.app_secret) as client:
            stop = time.monotonic() + 2.5

            async def worker() -> None:
                nonlocal done
                while time.monotonic() < stop:
                    try:
                        await client.conversations.list_conversations(limit=1)
                        done += 1
                    except Exception as error:
                        failures.append(error)

            await asyncio.gather(*(worker() for _ in range(32)))
        return done, failures

    with running_mock(settings) as mock:
        done, failures = asyncio.run(main(mock.url))
    assert failures == [] and done > 100


# --- secrets -------------------------------------------------------------------------------------


def test_secret_fields_are_redacted_in_model_repr_and_str() -> None:
    request = models.TokenRequest(app_id="app", app_secret="s3cret-value", password="pw-value")
    token = models.Token(access_token="at-value", expires_in=60, refresh_token="rt-value")
    shown = repr(request) + str(request) + repr(token) + str(token)
    for secret in ("s3cret-value", "pw-value", "at-value", "rt-value"):
        assert secret not in shown
    assert "app_id='app'" in repr(request) and "expires_in=60" in repr(token)
    assert request.to_dict()["appSecret"] == "s3cret-value"  # still sent


def test_no_secret_in_the_locals_a_traceback_reporter_captures() -> None:
    """What Sentry records: the repr of every local of every frame of a token-path failure."""
    http = httpx.Client(transport=httpx.MockTransport(lambda r: js(500, {"message": "down"})))
    with Symbl(
        app_id="app", app_secret="s3cret-value", base_url="http://api.test", http_client=http, max_retries=0
    ) as c:
        try:
            c.conversations.get_conversation(CONV)
        except Exception:
            tb = sys.exc_info()[2]
        else:
            pytest.fail("no error")
    captured = [
        repr(value)
        for frame, _ in traceback.walk_tb(tb)
        for value in frame.f_locals.values()
        if not isinstance(value, str)
    ]
    assert captured and not [text for text in captured if "s3cret-value" in text]


def test_the_mock_never_echoes_a_secret_in_a_400(caplog: pytest.LogCaptureFixture) -> None:
    settings = MockSettings.from_env()
    with running_mock(settings) as mock, httpx.Client(base_url=mock.url) as http:
        answer = http.post(
            "/oauth2/token:generate", json={"type": "application", "appId": "a", "appSecret": 987654321987}
        )
    assert answer.status_code == 400 and "987654321987" not in answer.text
    assert "appSecret" in answer.text


def test_a_secret_in_a_400_never_reaches_the_error_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    settings = MockSettings.from_env()
    with running_mock(settings) as mock, caplog.at_level(logging.DEBUG, logger="symbl_api"):
        client = Symbl(base_url=mock.url, app_id=settings.app_id, app_secret="wrong-s3cret-but-secret")
        with client, pytest.raises((BadRequestError, AuthenticationError)) as caught:
            client.conversations.get_conversation(CONV)
    text = str(caught.value) + repr(caught.value) + repr(caught.value.body) + caplog.text
    assert "wrong-s3cret-but-secret" not in text
