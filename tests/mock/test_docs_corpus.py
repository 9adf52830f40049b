"""Every cURL request in Symbl's documentation, replayed against the mock.

docs_corpus/requests.json holds each `curl ... https://api.symbl.ai/v1/...` of the symbl-docs
repository (see docs_corpus/extract.py), with its source line. Placeholders (`$CONVERSATION_ID`,
`$PHONE_NUMBER`, ...) are filled with real values; then the mock must accept the request, or
refuse it for the reason listed in REFUSED, which is what Symbl's reference says about it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from .conftest import Session, mp4_bytes, session, text_body, wav_bytes

CORPUS: list[dict[str, Any]] = json.loads((Path(__file__).parent / "docs_corpus" / "requests.json").read_text())

# Samples Symbl itself would refuse, with the reason the mock must give.
REFUSED = {
    # A cut-off snippet ("{" only) and a body that starts with "{F": not JSON.
    "docs/telephony/code-snippets/connect-to-sip.md:35": "not valid JSON",
    "docs/telephony/reference/reference.md:31": "not valid JSON",
}

_VALUES = {
    "PHONE_NUMBER": "14082924837",
    "EMAIL_ADDRESS": "john@example.com",
    "DTMF_MEETING_ID": "6671425093",
    "MEETING_PASSCODE": "3144",
    "NUMBER_OF_UNIQUE_SPEAKERS": "2",
}
_PLACEHOLDER = re.compile(r"\$([A-Z_]+)")


def _fill(value: Any, values: dict[str, str]) -> Any:
    """`$NAME` placeholders, and strings that are a bare NAME (`"PHONE_NUMBER"`), filled in."""
    if isinstance(value, str):
        if value in values:
            return values[value]
        return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), value).replace("\\#", "#")
    if isinstance(value, list):
        return [_fill(v, values) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, values) for k, v in value.items()}
    return value


async def _ids(s: Session) -> dict[str, str]:
    """A fresh conversation with a completed job and a member, for the sample to act on."""
    made = await s.call("submitText", json=text_body(("Alice", "Can we meet on Friday? I will send the deck.")))
    cid = made.json()["conversationId"]
    members = await s.call("getMembers", path={"conversationId": cid})
    return {"conversation": cid, "job": made.json()["jobId"], "member": members.json()["members"][0]["id"]}


def _path(template: str, ids: dict[str, str]) -> str:
    path = re.sub(
        r"\$CONVERS?A?TION_ID|\{conversationId\}|:conversationId|/\d{16}(?=/|$)", ids["conversation"], template
    )
    path = path.replace("//", "/").replace(
        "/conversations" + ids["conversation"], "/conversations/" + ids["conversation"]
    )
    path = path.replace("$JOB_ID", ids["job"])
    return re.sub(r"(/members/)(\$MEMBER_ID|[0-9a-f-]{36})", r"\g<1>" + ids["member"], path)


@pytest.mark.parametrize("sample", CORPUS, ids=[f"{e['source']}-{i}" for i, e in enumerate(CORPUS)])
async def test_documented_request_is_served(sample: dict[str, Any]) -> None:
    async with session() as s:
        ids = await _ids(s)
        path = _path(sample["path"], ids)
        assert "$" not in path and "{" not in path, path
        headers = dict(s.auth)
        if sample.get("content_type"):
            headers["Content-Type"] = sample["content_type"]
        values = {**_VALUES, "MEMBER_ID": ids["member"], "CONVERSATION_ID": ids["conversation"]}
        request: dict[str, Any] = {"headers": headers, "params": _fill(sample["query"], values)}
        if "upload" in sample:
            request["content"] = mp4_bytes(30) if sample["upload"] == "mp4" else wav_bytes(30)
        elif "raw" in sample:
            request["content"] = sample["raw"].encode()
        elif "body" in sample:
            request["content"] = json.dumps(_fill(sample["body"], values)).encode()
        response = await s.client.request(sample["method"], path, **request)
        reason = REFUSED.get(sample["source"])
        if reason is None:
            assert 200 <= response.status_code < 300, f"{sample['source']}: {response.status_code} {response.text}"
        else:
            assert response.status_code == 400, response.text
            assert reason in response.json()["message"]
        assert s.app.state.mock.problems == []


def test_the_corpus_covers_the_documented_operations() -> None:
    paths = {re.sub(r"\$\w+|\{\w+\}|/:\w+|\d{16}|[0-9a-f-]{36}", "{id}", e["path"]).rstrip("/") for e in CORPUS}
    for expected in ("/v1/process/text", "/v1/process/audio/url", "/v1/process/video", "/v1/endpoint:connect"):
        assert expected in paths, sorted(paths)
    assert len(CORPUS) >= 50
