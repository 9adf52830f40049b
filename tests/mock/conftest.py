"""Shared helpers for the mock's tests: settings with a fake clock, in-process clients, and an
independent check of every response against the spec (jsonschema over the bundled document)."""

from __future__ import annotations

import json
import struct
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator.bundle import load_spec
from generator.tables import iter_operations
from symbl_mock import MockSettings, create_app
from symbl_mock._refs import escape, follow_refs

SPEC = load_spec()
URI = "urn:symbl-spec"
REGISTRY: Registry[Any] = Registry().with_resource(URI, DRAFT202012.create_resource(SPEC))
OPERATIONS = {op["operationId"]: (path, method, op) for path, method, op in iter_operations(SPEC)}
CREDENTIALS = {"type": "application", "appId": "mock-app-id", "appSecret": "mock-app-secret"}


def deref(node: Any) -> Any:
    return follow_refs(SPEC, node)


def check_response(operation_id: str, response: httpx.Response) -> list[str]:
    """Problems with `response` against the spec's documented responses of `operation_id`."""
    path, method, op = OPERATIONS[operation_id]
    status = str(response.status_code)
    responses = op.get("responses", {})
    if status not in responses:
        return [f"{operation_id}: status {status} is not documented ({sorted(responses)})"]
    documented = deref(responses[status])
    content = documented.get("content") or {}
    if not content:
        return [] if not response.content else [f"{operation_id} {status}: unexpected body {response.content[:80]!r}"]
    media = response.headers.get("content-type", "").split(";")[0].strip()
    if media not in content:
        return [f"{operation_id} {status}: Content-Type {media!r} not in {sorted(content)}"]
    pointer = "/" + "/".join(escape(t) for t in ("paths", path, method, "responses", status))
    if "$ref" in responses[status]:
        pointer = responses[status]["$ref"][1:]
    pointer += "/content/" + escape(media) + "/schema"
    validator = Draft202012Validator({"$ref": f"{URI}#{pointer}"}, registry=REGISTRY, format_checker=FormatChecker())
    return [
        f"{operation_id} {status}: {e.message} at {list(e.absolute_path)}"
        for e in validator.iter_errors(response.json())
    ]


def assert_conforms(operation_id: str, response: httpx.Response) -> None:
    problems = check_response(operation_id, response)
    assert not problems, f"{response.request.method} {response.request.url}: {problems}\n{response.text[:500]}"


@dataclass
class FakeClock:
    """A clock tests move by hand."""

    now: float = 1_767_225_600.0  # 2026-01-01T00:00:00Z

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Session:
    client: httpx.AsyncClient
    settings: MockSettings
    app: Any
    token: str = ""
    calls: list[tuple[str, httpx.Response]] = field(default_factory=list)

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    async def call(
        self, operation_id: str, *, path: dict[str, str] | None = None, check: bool = True, **kwargs: Any
    ) -> httpx.Response:
        template, method, _op = OPERATIONS[operation_id]
        url = template
        for name, value in (path or {}).items():
            url = url.replace("{" + name + "}", str(value))
        headers = {**self.auth, **kwargs.pop("headers", {})}
        response = await self.client.request(method.upper(), url, headers=headers, **kwargs)
        self.calls.append((operation_id, response))
        if check:
            assert_conforms(operation_id, response)
        return response


@asynccontextmanager
async def session(settings: MockSettings | None = None, *, login: bool = True) -> AsyncIterator[Session]:
    settings = settings or MockSettings(job_seconds=0.0)
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock.test") as client:
        current = Session(client, settings, app)
        if login:
            response = await client.post("/oauth2/token:generate", json=CREDENTIALS)
            assert response.status_code == 200, response.text
            current.token = response.json()["accessToken"]
        yield current


def text_body(*messages: tuple[str, str] | str, **options: Any) -> dict[str, Any]:
    """A submitText body: each message is `text` or `(speaker, text)`."""
    built = []
    for message in messages:
        speaker, text = message if isinstance(message, tuple) else ("Alice", message)
        built.append(
            {"payload": {"content": text}, "from": {"name": speaker, "userId": f"{speaker.lower()}@example.com"}}
        )
    return {"messages": built, **options}


def wav_bytes(seconds: float, rate: int = 8000) -> bytes:
    """A silent mono 16-bit PCM WAV file of `seconds`."""
    data = b"\x00\x00" * int(seconds * rate)
    fmt = struct.pack("<HHIIHH", 1, 1, rate, rate * 2, 2, 16)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


def mp4_bytes(seconds: float, timescale: int = 1000) -> bytes:
    """A minimal MP4 (ftyp + moov/mvhd) whose header says `seconds`."""
    mvhd_body = struct.pack(">B3xIIII", 0, 0, 0, timescale, int(seconds * timescale)) + b"\x00" * 80
    mvhd = struct.pack(">I", 8 + len(mvhd_body)) + b"mvhd" + mvhd_body
    moov = struct.pack(">I", 8 + len(mvhd)) + b"moov" + mvhd
    ftyp = struct.pack(">I", 16) + b"ftypisom" + b"\x00\x00\x02\x00"
    return ftyp + moov


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))
