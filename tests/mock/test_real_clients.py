"""Requests exactly as Symbl's own SDKs and documentation put them on the wire.

Each body below is copied from a sample (the source is named) with its placeholders filled in;
the mock must take it, and honour what it asks for, like Symbl does.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from symbl_mock import MockSettings

from .conftest import FakeClock, Session, session, wav_bytes

CONNECT = "/v1/endpoint:connect"

# symblai/symbl-python-sdk, symbl/telephony_api/TelephonyApi.py: start_pstn() with its defaults,
# serialised by the generated `symbl_rest` client (None is kept as null).
PY_SDK_PSTN = {
    "operation": "start",
    "endpoint": {"type": "pstn", "phoneNumber": "+16465588656", "dtmf": None},
    "actions": {},
    "data": {},
    "pushSpeakerEvents": True,
}
# The same file, start_sip() with its default audio_config.
PY_SDK_SIP = {
    "operation": "start",
    "endpoint": {
        "type": "sip",
        "uri": "sip:8021@sip.example.com",
        "audioConfig": {"sampleRate": 16000, "sampleSize": "16"},
    },
    "actions": {},
    "data": {},
}
# symbl-docs docs/telephony/reference/reference.md, "Code Example" of the main request body.
DOCS_REFERENCE = {
    "operation": "start",
    "endpoint": {"type": "pstn", "phoneNumber": "14082924837", "dtmf": ""},
    "actions": {},
    "data": {},
    "timezone": {},
}
# symbl-docs docs/telephony/code-snippets/connect-to-pstn.md, "Native Javascript" tab
# ("Must include the international code, ex: +16465588656").
DOCS_BROWSER = {
    "operation": "start",
    "endpoint": {"type": "pstn", "phoneNumber": "+16465588656"},
    "actions": [{"invokeOn": "stop", "name": "sendSummaryEmail", "parameters": {"emails": ["john@example.com"]}}],
    "data": {"session": {"name": "My Meeting"}},
}
# JavaScript clients: languages as objects, the time zone nested in the session's location.
JS_CLIENT = {
    "operation": "start",
    "endpoint": {"type": "sip", "uri": "sip:8021@sip.example.com", "providerName": "Symbl"},
    "languages": [{"code": "ja-JP"}],
    "data": {"session": {"name": "Tokyo sync", "location": {"timeZone": {"name": "Asia/Tokyo", "offset": "540"}}}},
}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (PY_SDK_PSTN, None),
        (PY_SDK_SIP, None),
        (DOCS_REFERENCE, None),
        (DOCS_BROWSER, "My Meeting"),
        (JS_CLIENT, "Tokyo sync"),
    ],
    ids=["python-sdk-pstn", "python-sdk-sip", "docs-reference", "docs-browser", "js-client"],
)
async def test_telephony_bodies_of_real_clients_connect(body: dict[str, Any], name: str | None) -> None:
    async with session() as s:
        # Sent as the SDKs send it: serialised by hand, with the SDK's own Content-Type.
        started = await s.client.post(
            CONNECT, content=json.dumps(body), headers={**s.auth, "Content-Type": "application/json"}
        )
        assert started.status_code == 201, started.text
        conversation = await s.call("getConversation", path={"conversationId": started.json()["conversationId"]})
        if name is not None:
            assert conversation.json()["name"] == name
        stopped = await s.client.post(
            CONNECT, json={"operation": "stop", "connectionId": started.json()["connectionId"]}, headers=s.auth
        )
        assert stopped.status_code == 201


async def _completed(s: Session, clock: FakeClock, answer: Any) -> str:
    assert answer.status_code == 201, answer.text
    clock.advance(5)
    status = await s.call("getJobStatus", path={"jobId": answer.json()["jobId"]})
    assert status.json()["status"] == "completed"
    return str(answer.json()["conversationId"])


async def test_text_sample_with_string_boolean_and_local_times_is_honoured() -> None:
    # symbl-docs docs/async-api/overview/text/post-text.md, cURL tab ("detectPhrases": "true"),
    # with a start time without an offset and an empty webhookUrl as SDK form fields send it.
    clock = FakeClock()
    body = {
        "name": "Business Meeting",
        "detectPhrases": "true",
        "confidenceThreshold": "0.6",
        "webhookUrl": "",
        "messages": [
            {
                "duration": {"startTime": "2020-07-21T16:04:19.99", "endTime": "2020-07-21T16:04:20.99Z"},
                "payload": {"content": "I will set up a time and appointment tomorrow.", "contentType": "text/plain"},
                "from": {"name": "John", "userId": "john@example.com"},
            }
        ],
    }
    async with session(MockSettings(job_seconds=1.0, clock=clock)) as s:
        answer = await s.client.post(
            "/v1/process/text", content=json.dumps(body), headers={**s.auth, "Content-Type": "application/json"}
        )
        cid = await _completed(s, clock, answer)
        messages = (await s.call("getMessages", path={"conversationId": cid})).json()["messages"]
        assert messages[0]["startTime"] == "2020-07-21T16:04:19.990Z"
        assert "phrases" in messages[0]  # detectPhrases "true" was honoured, not dropped
        core = s.app.state.mock
        with core.storage.transaction(core.settings.app_id) as state:
            assert state.jobs[answer.json()["jobId"]].webhook_url is None  # "" read as "no webhook"


async def test_diarization_in_the_query_of_a_url_submission_is_honoured() -> None:
    # symbl-docs docs/async-api/tutorials/get-speaker-separation-audio-video.md
    clock = FakeClock()
    async with session(MockSettings(job_seconds=1.0, clock=clock)) as s:
        answer = await s.client.post(
            "/v1/process/audio/url?enableSpeakerDiarization=true&diarizationSpeakerCount=3",
            json={"url": "https://symbltestdata.s3.us-east-2.amazonaws.com/sample_audio_file.wav", "name": "Demo"},
            headers=s.auth,
        )
        cid = await _completed(s, clock, answer)
        members = (await s.call("getMembers", path={"conversationId": cid})).json()["members"]
        assert sorted(m["name"] for m in members) == ["Speaker 1", "Speaker 2", "Speaker 3"]
        typo = await s.client.post(
            "/v1/process/audio/url?enableSpeakerDiarisation=true",
            json={"url": "https://example.com/a.wav"},
            headers=s.auth,
        )
        assert typo.status_code == 400
        assert "'enableSpeakerDiarisation' is not accepted" in typo.json()["message"]


async def test_python_sdk_audio_upload_with_an_empty_content_type() -> None:
    # symblai/symbl-python-sdk, symbl/async_api/Audio.py: process_file(content_type='') and
    # parameters turned into "true"/"false" strings by correct_boolean_values().
    clock = FakeClock()
    async with session(MockSettings(job_seconds=1.0, clock=clock)) as s:
        answer = await s.client.post(
            "/v1/process/audio?enableSpeakerDiarization=true&diarizationSpeakerCount=2&detectPhrases=true",
            content=wav_bytes(30),
            headers={**s.auth, "Content-Type": ""},
        )
        cid = await _completed(s, clock, answer)
        members = (await s.call("getMembers", path={"conversationId": cid})).json()["members"]
        assert len(members) == 2


async def test_what_symbl_refuses_is_still_refused_with_the_field_named() -> None:
    async with session() as s:
        for body, needle in (
            ({**PY_SDK_PSTN, "endpoint": {"type": "pstn", "phoneNumber": "+1 (646) 558-8656"}}, "phoneNumber"),
            ({**PY_SDK_SIP, "operation": "begin"}, "request body"),
            ({**DOCS_BROWSER, "actions": [{"invokeOn": "later", "name": "sendSummaryEmail"}]}, "request body"),
        ):
            answer = await s.client.post(CONNECT, json=body, headers=s.auth)
            assert answer.status_code == 400, answer.text
            assert needle in answer.json()["message"]


async def test_strict_mode_refuses_what_the_spec_refuses() -> None:
    async with session(MockSettings(strict=True)) as s:
        answer = await s.client.post(CONNECT, json=PY_SDK_PSTN, headers=s.auth)
        assert answer.status_code == 400
