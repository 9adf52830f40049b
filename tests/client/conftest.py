from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from symbl_api import Symbl

from .fake import FakeSymbl, FakeTime

JOB = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"
CONV = "5815170693595136"


@pytest.fixture
def fake() -> FakeSymbl:
    return FakeSymbl()


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def client(fake: FakeSymbl, fake_time: FakeTime, monkeypatch: pytest.MonkeyPatch) -> Iterator[Symbl]:
    for name in ("SYMBL_APP_ID", "SYMBL_APP_SECRET", "SYMBL_BASE_URL", "SYMBL_ACCESS_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    http = httpx.Client(transport=httpx.MockTransport(fake.handler))
    with Symbl(
        app_id="app-123",
        app_secret="s3cret-value",
        http_client=http,
        clock=fake_time.clock,
        sleep=fake_time.sleep,
    ) as symbl:
        yield symbl
