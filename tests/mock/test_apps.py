"""One account per app: app A's conversations, jobs, trackers, entities, groups, bookmarks,
settings, telephony connections and tokens are invisible to app B.

App A builds one of every resource by calling every creating and reading operation of the spec
(the every-operation driver); then app B calls every operation that names one of A's ids and
must get 404, and every list or singleton B reads must not contain anything of A's.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from symbl_mock import MockSettings, SettingsError
from symbl_mock._settings import parse_apps

from .conftest import OPERATIONS, Session, session
from .test_every_operation import Driver, _phase

APP_B = {"type": "application", "appId": "team-b", "appSecret": "secret-b"}


async def _as_app_b(a: Session) -> Session:
    answer = await a.client.post("/oauth2/token:generate", json=APP_B)
    assert answer.status_code == 200, answer.text
    return Session(a.client, a.settings, a.app, token=answer.json()["accessToken"])


def _strings(value: Any) -> set[str]:
    if isinstance(value, dict):
        return {s for v in value.values() for s in _strings(v)}
    if isinstance(value, list):
        return {s for v in value for s in _strings(v)}
    return {value} if isinstance(value, str) else set()


async def test_every_resource_family_is_isolated_per_app() -> None:
    settings = MockSettings(job_seconds=0.0, apps={APP_B["appId"]: APP_B["appSecret"]})
    async with session(settings) as a:
        driver = Driver(a)
        # App A: everything up to (not including) the deletes, so every id exists.
        pending = sorted(OPERATIONS, key=lambda o: (_phase(o), list(OPERATIONS).index(o)))
        for operation_id in [o for o in pending if 1 <= _phase(o) <= 2]:
            if driver.known(operation_id):
                await driver.run(operation_id)
        a_ids = {name: value for name, value in driver.ids.items()}
        assert {"conversationId", "jobId", "trackerId", "entityId", "groupId", "bookmarkId", "connectionId"} <= set(
            a_ids
        ), a_ids
        b = await _as_app_b(a)
        matrix: dict[str, int] = {}
        for operation_id in pending:
            template, method, op = OPERATIONS[operation_id]
            if op.get("security") == []:
                continue
            names = [s[1:-1] for s in template.split("/") if s.startswith("{")]
            if names and all(n in a_ids for n in names):
                response = await b.call(operation_id, check=False, **driver.request(operation_id))
                matrix[operation_id] = response.status_code
                assert response.status_code == 404, f"app B {operation_id}: {response.status_code} {response.text}"
            elif not names and method == "get":
                response = await b.call(operation_id, **driver.request(operation_id))
                assert response.status_code == 200
                leaked = _strings(response.json()) & set(a_ids.values())
                matrix[operation_id] = response.status_code
                assert not leaked, f"app B {operation_id} sees app A's {leaked}"
        print("isolation matrix (app B on app A's ids):", json.dumps(matrix, sort_keys=True))
        # Every family named in the issue was probed.
        assert {"getConversation", "getJobStatus", "listConversations", "getMessages", "pushEvent"} <= set(matrix)
        assert any("racker" in o for o in matrix) and any("ntit" in o for o in matrix)
        assert any("roup" in o for o in matrix) and any("ookmark" in o for o in matrix)
        assert any("etting" in o for o in matrix)
        # App A still has all of it: B's deletes and updates were refused, not applied.
        again = await a.call("getConversation", path={"conversationId": a_ids["conversationId"]})
        assert again.status_code == 200


async def test_settings_are_per_app() -> None:
    settings = MockSettings(job_seconds=0.0, apps={APP_B["appId"]: APP_B["appSecret"]})
    async with session(settings) as a:
        b = await _as_app_b(a)
        singletons = [o for o, (t, m, _op) in OPERATIONS.items() if m == "get" and "settings" in t and "{" not in t]
        assert singletons
        for operation_id in singletons:
            before_b = (await b.call(operation_id)).json()
            updates = [
                o for o, (t, m, _op) in OPERATIONS.items() if t == OPERATIONS[operation_id][0] and m in ("put", "patch")
            ]
            for update in updates:
                driver = Driver(a)
                await a.call(update, **driver.request(update))
            assert (await b.call(operation_id)).json() == before_b, f"app A's {updates} changed app B's settings"


async def test_tokens_belong_to_their_app() -> None:
    settings = MockSettings(job_seconds=0.0, apps={APP_B["appId"]: APP_B["appSecret"]})
    async with session(settings) as a:
        b = await _as_app_b(a)
        wrong = await a.client.post("/oauth2/token:generate", json={**APP_B, "appSecret": "mock-app-secret"})
        assert wrong.status_code == 401
        revoked = await a.client.request("DELETE", "/oauth2/token:revoke", json={**APP_B, "type": "application"})
        assert revoked.status_code in (200, 204), revoked.text
        assert (await b.call("listConversations", check=False)).status_code == 401
        assert (await a.call("listConversations")).status_code == 200  # A's token survives B's revoke


def test_apps_from_the_environment_and_a_file(tmp_path: Any) -> None:
    assert parse_apps("a:1, b:2") == {"a": "1", "b": "2"}
    listing = tmp_path / "apps.txt"
    listing.write_text("# team accounts\nalpha:s3cret\n\nbeta:other:with:colons\n", encoding="utf-8")
    assert parse_apps(str(listing)) == {"alpha": "s3cret", "beta": "other:with:colons"}
    settings = MockSettings.from_env({"SYMBL_MOCK_APPS": str(listing)})
    assert settings.app_id == "alpha"
    assert settings.accounts() == {"alpha": "s3cret", "beta": "other:with:colons"}
    both = MockSettings.from_env({"SYMBL_APP_ID": "main", "SYMBL_APP_SECRET": "x", "SYMBL_MOCK_APPS": "b:y"})
    assert both.accounts() == {"main": "x", "b": "y"}
    for bad, needle in (("a:1,a:2", "listed twice"), ("a:1,b", "not appId:appSecret"), ("/no/such", "cannot read")):
        with pytest.raises(SettingsError, match=needle):
            parse_apps(bad)
    assert json.dumps(settings.accounts())  # plain data, printable by the CLI
