"""The safe live profile, with the mock on loopback standing in for the live API."""

from __future__ import annotations

import io
import json
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
import yaml

from generator.bundle import bundle
from symbl_mock import MockSettings, running_mock

from .live import Cleanup
from .run import conform

SPEC: dict[str, Any] = yaml.safe_load(bundle().read_text(encoding="utf-8"))
Scope = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Any, Any], Awaitable[None]]


class Seen:
    """Every request the mock received: (method, path, JSON body or None)."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, Any]] = []
        self.too_many: dict[str, int] = {}  # path -> 429s still to answer

    def wrap(self, app: ASGIApp) -> ASGIApp:
        async def wrapped(scope: Scope, receive: Any, send: Any) -> None:
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            chunks = []
            while True:
                message = await receive()
                chunks.append(message.get("body", b""))
                if not message.get("more_body"):
                    break
            raw = b"".join(chunks)
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = None
            self.requests.append((scope["method"], scope["path"], body))
            if self.too_many.get(scope["path"], 0) > 0:
                self.too_many[scope["path"]] -= 1
                headers = [(b"content-type", b"application/json"), (b"retry-after", b"1")]
                await send({"type": "http.response.start", "status": 429, "headers": headers})
                await send({"type": "http.response.body", "body": b'{"message": "Too many requests"}'})
                return
            replayed = False

            async def replay() -> Any:
                nonlocal replayed
                if replayed:
                    return {"type": "http.disconnect"}
                replayed = True
                return {"type": "http.request", "body": raw, "more_body": False}

            await app(scope, replay, send)

        return wrapped

    def api(self) -> list[tuple[str, str, Any]]:
        return [r for r in self.requests if not r[1].startswith("/oauth2/")]


@contextmanager
def live_mock(seen: Seen) -> Iterator[Any]:
    with running_mock(
        MockSettings.from_env({}, strict=True, job_seconds=0.0, max_jobs=1_000_000), wrap=seen.wrap
    ) as mock:
        yield mock


def run_live(mock: Any, **extra: str) -> tuple[Any, str, int]:
    env = {
        "BASE_URL": mock.url,
        "SYMBL_APP_ID": mock.settings.app_id,
        "SYMBL_APP_SECRET": mock.settings.app_secret,
        "CONFORMANCE_MAX_EXAMPLES": "2",
        "CONFORMANCE_STATEFUL_EXAMPLES": "2",
        "CONFORMANCE_PHASES": "examples,stateful",
        **extra,
    }
    return conform(SPEC, env, out=io.StringIO())


def test_read_only_by_default_and_no_telephony() -> None:
    seen = Seen()
    with live_mock(seen) as mock:
        outcome, summary, problems = run_live(mock, CONFORMANCE_BUDGET="5000")
    assert outcome.ok, summary
    methods = {method for method, _, _ in seen.api()}
    assert methods == {"GET"}, f"a read-only run sent {methods - {'GET'}}"
    assert not [p for _, p, _ in seen.api() if p.startswith(("/v1/endpoint", "/v1/event"))]
    assert outcome.cases > 50 and problems == 0
    assert outcome.scenarios == 0  # every chain of links starts at a create, which a read-only run never sends


def test_writes_only_when_asked_and_everything_created_is_deleted() -> None:
    seen = Seen()
    with live_mock(seen) as mock:
        outcome, summary, problems = run_live(mock, CONFORMANCE_WRITE="1")
        headers = {"Authorization": f"Bearer {outcome_token(mock)}"}
        left = {
            path: httpx.get(mock.url + path, headers=headers).json()
            for path in ("/v1/manage/trackers", "/v1/manage/entities", "/v1/manage/groups", "/v1/conversations")
        }
    assert outcome.ok, summary
    assert {"POST", "DELETE"} <= {method for method, _, _ in seen.api()}
    assert problems == 0 and "could not be" in summary and "0 created resource(s) deleted" not in summary
    assert all(not next(iter(listing.values())) for listing in left.values()), left
    # never the account-wide changes: settings, delete-by-subtype, token revocation
    assert not [
        r for r in seen.requests if r[:2] in {("PATCH", "/v1/manage/settings"), ("DELETE", "/v1/manage/entities")}
    ]
    assert not [r for r in seen.requests if r[1] == "/oauth2/token:revoke"]


def outcome_token(mock: Any) -> str:
    answer = httpx.post(
        mock.url + "/oauth2/token:generate",
        json={"type": "application", "appId": mock.settings.app_id, "appSecret": mock.settings.app_secret},
    )
    return str(answer.json()["accessToken"])


def test_a_delete_that_fails_is_reported() -> None:
    cleanup = Cleanup(SPEC)
    cleanup.after_call("createTracker", {}, 201, {"tracker": {"id": "123"}})
    cleanup.after_call("createTrackersBulk", {}, 201, {"trackers": [{"id": "7"}, {"id": "8"}]})
    cleanup.after_call("createBookmark", {"conversationId": "55"}, 201, {"id": "9"})
    cleanup.after_call("createTracker", {}, 400, {"tracker": {"id": "999"}})  # nothing was created
    deleted: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        deleted.append(request.url.path)
        return httpx.Response(500 if request.url.path.endswith("/8") else 200)

    with httpx.Client(transport=httpx.MockTransport(answer), base_url="http://api.test") as client:
        done, problems = cleanup.run("http://api.test", "token", client)
    assert deleted[0] == "/v1/conversations/55/bookmarks/9"  # children before parents
    assert set(deleted) >= {"/v1/manage/trackers/123", "/v1/manage/trackers/7", "/v1/manage/trackers/8"}
    assert not [p for p in deleted if "999" in p]
    assert problems == ["DELETE /v1/manage/trackers/8 (created by createTrackersBulk): 500"]
    assert done == len(deleted) - 1


def test_429_retry_after_is_honoured() -> None:
    seen = Seen()
    seen.too_many["/v1/manage/trackers"] = 2
    with live_mock(seen) as mock:
        outcome, summary, _ = run_live(mock, CONFORMANCE_PHASES="examples")
    asked = [r for r in seen.requests if r[:2] == ("GET", "/v1/manage/trackers")]
    assert len(asked) > 2, "the request that got 429 was never sent again"
    assert outcome.ok, summary


def test_the_request_budget_is_a_hard_cap() -> None:
    seen = Seen()
    with live_mock(seen) as mock:
        outcome, summary, _ = run_live(mock, CONFORMANCE_BUDGET="15", CONFORMANCE_PHASES="examples,coverage,stateful")
    assert len(seen.api()) <= 15
    assert outcome.budget_exhausted and "request budget was spent" in summary


def test_telephony_dials_only_the_number_given() -> None:
    seen = Seen()
    with live_mock(seen) as mock:
        run_live(mock, CONFORMANCE_WRITE="1", CONFORMANCE_TELEPHONY_NUMBER="14155550100", CONFORMANCE_PHASES="examples")
        with pytest.raises(SystemExit, match=r"E\.164"):
            run_live(mock, CONFORMANCE_WRITE="1", CONFORMANCE_TELEPHONY_NUMBER="+1 415 555")
    dials = [body for method, path, body in seen.api() if path == "/v1/endpoint:connect" and isinstance(body, dict)]
    assert dials, "telephony was enabled but never exercised"
    assert {json.dumps(body.get("endpoint")) for body in dials} == {'{"type": "pstn", "phoneNumber": "14155550100"}'}
