"""The wire contract: authentication, routing (404/405), parameter and body validation, limits."""

from __future__ import annotations

import pytest

from symbl_mock import MockSettings

from .conftest import CREDENTIALS, FakeClock, assert_conforms, session, text_body, wav_bytes


async def test_token_endpoint_needs_no_auth_and_checks_credentials() -> None:
    async with session(login=False) as s:
        good = await s.client.post("/oauth2/token:generate", json=CREDENTIALS)
        assert_conforms("generateToken", good)
        assert good.json()["expiresIn"] == 86400
        bad = await s.client.post("/oauth2/token:generate", json={**CREDENTIALS, "appSecret": "wrong"})
        assert bad.status_code == 401
        assert_conforms("generateToken", bad)
        assert "appId/appSecret" in bad.json()["message"]


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer not-a-token"},
        {"Authorization": "Basic bW9jazptb2Nr"},
        {"x-api-key": "not-a-token"},
    ],
)
async def test_missing_or_wrong_credentials_are_401(headers: dict[str, str]) -> None:
    async with session(login=False) as s:
        response = await s.client.get("/v1/conversations", headers=headers)
        assert response.status_code == 401
        assert_conforms("listConversations", response)
        assert response.json()["message"].startswith("Unauthorized.")


async def test_both_auth_schemes_are_accepted() -> None:
    async with session() as s:
        bearer = await s.client.get("/v1/conversations", headers=s.auth)
        legacy = await s.client.get("/v1/conversations", headers={"x-api-key": s.token})
        assert bearer.status_code == legacy.status_code == 200


async def test_tokens_expire_and_a_new_one_is_issued(clock: FakeClock) -> None:
    async with session(MockSettings(token_seconds=60, clock=clock)) as s:
        first = s.token
        clock.advance(30)
        again = await s.client.post("/oauth2/token:generate", json=CREDENTIALS)
        assert again.json() == {**again.json(), "accessToken": first, "expiresIn": 30}
        clock.advance(31)
        expired = await s.client.get("/v1/conversations", headers=s.auth)
        assert expired.status_code == 401
        assert "expired" in expired.json()["message"]
        fresh = await s.client.post("/oauth2/token:generate", json=CREDENTIALS)
        assert fresh.json()["accessToken"] != first
        assert fresh.json()["expiresIn"] == 60
        ok = await s.client.get("/v1/conversations", headers={"Authorization": f"Bearer {fresh.json()['accessToken']}"})
        assert ok.status_code == 200


async def test_refresh_and_revoke() -> None:
    async with session() as s:
        issued = await s.client.post("/oauth2/token:generate", json=CREDENTIALS)
        refreshed = await s.call(
            "refreshToken",
            json={
                "appId": "mock-app-id",
                "appSecret": "mock-app-secret",
                "refreshToken": issued.json()["refreshToken"],
            },
        )
        assert refreshed.status_code == 200
        assert refreshed.json()["accessToken"] != s.token
        reused = await s.call(
            "refreshToken",
            json={
                "appId": "mock-app-id",
                "appSecret": "mock-app-secret",
                "refreshToken": issued.json()["refreshToken"],
            },
        )
        assert reused.status_code == 401
        revoked = await s.call("revokeToken", json={"appId": "mock-app-id", "appSecret": "mock-app-secret"})
        assert revoked.status_code == 200
        after = await s.client.get("/v1/conversations", headers=s.auth)
        assert after.status_code == 401
        assert "revoked" in after.json()["message"]


async def test_unknown_path_is_404_and_undeclared_method_is_405_with_allow() -> None:
    async with session() as s:
        missing = await s.client.get("/v1/nothing-here", headers=s.auth)
        assert missing.status_code == 404
        assert "/v1/nothing-here" in missing.json()["message"]
        wrong = await s.client.delete("/v1/conversations", headers=s.auth)
        assert wrong.status_code == 405
        assert wrong.headers["allow"] == "GET"
        both = await s.client.patch("/v1/conversations/123", headers=s.auth)
        assert both.status_code == 405
        assert set(both.headers["allow"].split(", ")) == {"GET", "PUT", "DELETE"}
        # `bulk` is a literal route, not a malformed {entityId}: PUT there is undeclared.
        bulk = await s.client.put("/v1/manage/entities/bulk", headers=s.auth, json=[])
        assert bulk.status_code == 405
        assert bulk.headers["allow"] == "POST"
        colon = await s.client.get("/oauth2/token:generate")
        assert colon.status_code == 405
        assert colon.headers["allow"] == "POST"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/v1/conversations?limit=70000", "query parameter 'limit': 70000 is greater than the maximum of 65536"),
        ("/v1/conversations?limit=-1", "query parameter 'limit': -1 is less than the minimum of 0"),
        ("/v1/conversations?limit=ten", "query parameter 'limit': 'ten' is not an integer"),
        ("/v1/conversations?limit=1&limit=2", "query parameter 'limit' was given 2 times"),
        ("/v1/conversations?order=sideways", "query parameter 'order': 'sideways' is not one of ['asc', 'desc']"),
        ("/v1/conversations?startTime=yesterday", "query parameter 'startTime': 'yesterday' is not a 'date-time'"),
        ("/v1/conversations?startTime=2024-02-30T00:00:00Z", "is not a 'date-time'"),
    ],
)
async def test_query_parameters_are_validated_against_the_spec(url: str, message: str) -> None:
    async with session() as s:
        response = await s.client.get(url, headers=s.auth)
        assert response.status_code == 400
        assert_conforms("listConversations", response)
        assert message in response.json()["message"]


async def test_query_coercion_booleans_arrays_and_unknown_parameters() -> None:
    async with session() as s:
        created = await s.call("submitText", json=text_body("Hi, I am Bob. Call bob@example.com please."))
        cid = created.json()["conversationId"]
        ok = await s.call(
            "getMessages",
            path={"conversationId": cid},
            params=[
                ("verbose", "true"),
                ("redact", "true"),
                ("exclude", "PERSON_NAME"),
                ("exclude", "X"),
            ],
        )
        assert ok.status_code == 200
        message = ok.json()["messages"][0]
        assert "words" in message
        assert "[EMAIL_ADDRESS]" in " ".join(m["text"] for m in ok.json()["messages"])
        bad = await s.call("getMessages", path={"conversationId": cid}, params={"verbose": "yes"})
        assert bad.status_code == 400
        assert bad.json()["message"] == "query parameter 'verbose': 'yes' is not a boolean; send true or false"
        unknown = await s.call("getMessages", path={"conversationId": cid}, params={"verbose": "true", "zzz": "1"})
        assert unknown.status_code == 400  # never silently dropped
        assert (
            "query parameter 'zzz' is not accepted by GET /v1/conversations/{conversationId}/messages"
            in (unknown.json()["message"])
        )


async def test_malformed_path_parameters_name_the_parameter() -> None:
    async with session() as s:
        conversation = await s.client.put("/v1/conversations/abc", headers=s.auth, json={"metadata": {}})
        assert conversation.status_code == 400
        assert "path parameter 'conversationId'" in conversation.json()["message"]
        # getJobStatus documents no 400: a malformed id names no job, so it is a 404.
        job = await s.client.get("/v1/job/not-a-uuid", headers=s.auth)
        assert job.status_code == 404
        assert_conforms("getJobStatus", job)
        assert "is not a 'uuid'" in job.json()["message"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({}, "request body: 'messages' is a required property"),
        ({"messages": []}, "request body at 'messages': [] should be non-empty"),
        ({"messages": [{"payload": {}}]}, "request body at 'messages[0].payload': 'content' is a required property"),
        ({"messages": [{"payload": {"content": "x"}}], "webhookUrl": "not a url"}, "'not a url' is not a 'uri'"),
        ({"messages": [{"payload": {"content": "x"}}], "confidenceThreshold": 2}, "2 is greater than the maximum of 1"),
    ],
)
async def test_json_bodies_are_validated(body: object, message: str) -> None:
    async with session() as s:
        response = await s.call("submitText", json=body)
        assert response.status_code == 400
        assert message in response.json()["message"]


async def test_formats_email_uuid_and_date_time_are_enforced() -> None:
    async with session() as s:
        cid = (await s.call("submitText", json=text_body("Hello there."))).json()["conversationId"]
        member = (await s.call("getMembers", path={"conversationId": cid})).json()["members"][0]["id"]
        email = await s.call(
            "updateMember",
            path={"conversationId": cid, "memberId": member},
            json={"id": member, "name": "A", "email": "nope"},
        )
        assert email.status_code == 400
        assert "is not a 'email'" in email.json()["message"]
        uuid = await s.call(
            "updateMember", path={"conversationId": cid, "memberId": member}, json={"id": "1", "name": "A"}
        )
        assert uuid.status_code == 400
        stamp = await s.call(
            "submitText",
            json={"messages": [{"payload": {"content": "x"}, "duration": {"startTime": "2024-13-01T00:00:00Z"}}]},
        )
        assert stamp.status_code == 400
        assert "is not a 'date-time'" in stamp.json()["message"]


async def test_content_type_rules() -> None:
    async with session() as s:
        as_text = await s.client.post(
            "/v1/process/text", headers={**s.auth, "Content-Type": "text/plain"}, content=b"hi"
        )
        assert as_text.status_code == 400
        assert "not accepted" in as_text.json()["message"]
        broken = await s.client.post(
            "/v1/process/text", headers={**s.auth, "Content-Type": "application/json"}, content=b"{not json"
        )
        assert broken.status_code == 400
        assert "not valid JSON" in broken.json()["message"]
        # Real clients send Content-Type: application/json on GETs without a body.
        get = await s.client.get("/v1/conversations", headers={**s.auth, "Content-Type": "application/json"})
        assert get.status_code == 200
        malformed = await s.client.get("/v1/conversations", headers={**s.auth, "Content-Type": "multipart/form-data"})
        assert malformed.status_code == 400
        empty = await s.client.post("/v1/process/audio", headers={**s.auth, "Content-Type": "audio/wav"}, content=b"")
        assert empty.status_code == 400
        assert_conforms("submitAudio", empty)
        assert "empty" in empty.json()["message"]
        video_octet = await s.client.post(
            "/v1/process/video", headers={**s.auth, "Content-Type": "application/octet-stream"}, content=b"x" * 64
        )
        assert video_octet.status_code == 400
        assert "video/mp4" in video_octet.json()["message"]
        wav = await s.client.post(
            "/v1/process/audio", headers={**s.auth, "Content-Type": "audio/wav"}, content=wav_bytes(1)
        )
        assert wav.status_code == 201


async def test_oversized_management_body_is_413() -> None:
    async with session() as s:
        huge = {"name": "Big", "vocabulary": ["word " + str(i) for i in range(120_000)]}
        response = await s.call("createTracker", json=huge)
        assert response.status_code == 413


async def test_concurrent_job_limit_answers_429_with_retry_after(clock: FakeClock) -> None:
    async with session(MockSettings(job_seconds=10, max_jobs=2, clock=clock)) as s:
        for _ in range(2):
            assert (await s.call("submitText", json=text_body("One."))).status_code == 201
        limited = await s.call("submitText", json=text_body("Two."))
        assert limited.status_code == 429
        assert limited.headers["retry-after"] == "10"
        assert limited.json()["statusCode"] == 429
        clock.advance(10)
        assert (await s.call("submitText", json=text_body("Three."))).status_code == 201


async def test_every_error_body_is_the_error_schema() -> None:
    async with session() as s:
        for response in (
            await s.client.get("/v1/conversations/999", headers=s.auth),
            await s.client.get("/v1/job/9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d", headers=s.auth),
            await s.client.get("/v1/manage/trackers/123", headers=s.auth),
        ):
            assert response.status_code == 404
            assert response.headers["content-type"] == "application/json"
            assert isinstance(response.json()["message"], str) and response.json()["message"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"[" * 5000 + b"]" * 5000, "nests deeper than 64 levels"),
        (b'[{"op": "add", "path": "/x", "value": ' + b"[" * 100 + b"]" * 100 + b"}]", "nests deeper than 64 levels"),
        (b'[{"op": "add", "path": "/x", "value": 1e400}]', "out of range"),
        (b'[{"op": "add", "path": "/x", "value": NaN}]', "NaN is not valid JSON"),
    ],
)
async def test_hostile_json_is_a_400_not_a_crash(content: bytes, message: str) -> None:
    async with session() as s:
        response = await s.client.patch(
            "/v1/manage/settings", headers={**s.auth, "Content-Type": "application/json"}, content=content
        )
        assert response.status_code == 400
        assert message in response.json()["message"]
        assert s.app.state.mock.problems == []


async def test_lone_surrogates_are_refused() -> None:
    async with session() as s:
        response = await s.client.post(
            "/v1/process/text",
            headers={**s.auth, "Content-Type": "application/json"},
            content=b'{"messages":[{"payload":{"content":"\\ud800 hi"}}]}',
        )
        assert response.status_code == 400
        assert "surrogate" in response.json()["message"]
        assert s.app.state.mock.problems == []
