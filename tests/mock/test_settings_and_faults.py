"""Settings from the environment, and seeded fault injection (latency, 429, 5xx, dropped connections)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from symbl_mock import FaultSettings, MockSettings, SettingsError, running_mock

from .conftest import CREDENTIALS, session

ROOT = Path(__file__).resolve().parents[2]


def test_settings_from_environment() -> None:
    defaults = MockSettings.from_env({})
    assert (defaults.app_id, defaults.app_secret) == ("mock-app-id", "mock-app-secret")
    assert "defaults" in defaults.credentials_source
    assert (defaults.job_seconds, defaults.token_seconds, defaults.max_jobs) == (2.0, 86400, 50)
    assert not defaults.faults.enabled
    configured = MockSettings.from_env(
        {
            "SYMBL_APP_ID": "id",
            "SYMBL_APP_SECRET": "secret",
            "SYMBL_MOCK_JOB_SECONDS": "0.5",
            "SYMBL_MOCK_TOKEN_SECONDS": "60",
            "SYMBL_MOCK_MAX_JOBS": "3",
            "SYMBL_MOCK_FAULTS": "seed=1,latency=0.05,rate429=0.1,rate5xx=0.05,drop=0.01",
        }
    )
    assert (configured.app_id, configured.job_seconds, configured.token_seconds, configured.max_jobs) == (
        "id",
        0.5,
        60,
        3,
    )
    assert configured.faults == FaultSettings(seed=1, latency=0.05, rate429=0.1, rate5xx=0.05, drop=0.01)
    assert "environment" in configured.credentials_source
    for env in (
        {"SYMBL_MOCK_JOB_SECONDS": "soon"},
        {"SYMBL_MOCK_MAX_JOBS": "0"},
        {"SYMBL_MOCK_FAULTS": "rate429=2"},
        {"SYMBL_MOCK_FAULTS": "chaos=1"},
    ):
        with pytest.raises(SettingsError):
            MockSettings.from_env(env)


async def test_injected_429_and_500_are_documented_error_answers() -> None:
    async with session(MockSettings(faults=FaultSettings(rate429=1.0)), login=False) as s:
        limited = await s.client.post("/oauth2/token:generate", json=CREDENTIALS)
        assert limited.status_code == 429
        assert limited.headers["retry-after"] == "1"
        assert limited.json()["statusCode"] == 429
    async with session(MockSettings(faults=FaultSettings(rate5xx=1.0)), login=False) as s:
        failed = await s.client.post("/oauth2/token:generate", json=CREDENTIALS)
        assert failed.status_code == 500
        assert "injected" in failed.json()["message"]


async def test_faults_are_seeded_and_latency_is_added() -> None:
    async def statuses(seed: int) -> list[int]:
        faults = FaultSettings(seed=seed, rate429=0.3, rate5xx=0.3, latency=0.002)
        async with session(MockSettings(faults=faults), login=False) as s:
            start = time.monotonic()
            found = [(await s.client.post("/oauth2/token:generate", json=CREDENTIALS)).status_code for _ in range(30)]
            assert time.monotonic() - start >= 30 * 0.002
            return found

    first, again, other = await statuses(7), await statuses(7), await statuses(8)
    assert first == again
    assert first != other
    assert {200, 429, 500} <= set(first)


async def test_dropped_connection_in_process_raises() -> None:
    async with session(MockSettings(faults=FaultSettings(drop=1.0)), login=False) as s:
        with pytest.raises(ConnectionResetError):
            await s.client.post("/oauth2/token:generate", json=CREDENTIALS)


def test_dropped_connection_over_http_closes_without_response() -> None:
    with running_mock(MockSettings(faults=FaultSettings(drop=1.0))) as mock, httpx.Client(base_url=mock.url) as client:
        with pytest.raises(httpx.TransportError):
            client.post("/oauth2/token:generate", json=CREDENTIALS)
        assert mock.url.startswith("http://127.0.0.1:")


def test_command_line_prints_url_and_credential_source() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "symbl_mock", "--port", "0", "--log-level", "warning"],
        cwd=ROOT,
        env={
            "PYTHONPATH": f"{ROOT}:{ROOT / 'mock'}",
            "PATH": "/usr/bin:/bin",
            "SYMBL_APP_ID": "cli-id",
            "SYMBL_APP_SECRET": "cli-secret",
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        second = process.stdout.readline()
        assert first.startswith("Symbl mock listening on http://127.0.0.1:")
        port = int(first.split("http://127.0.0.1:")[1].split()[0])
        assert port > 0
        ping = httpx.get(f"http://127.0.0.1:{port}/v1/conversations", timeout=5)
        assert ping.status_code == 401
        assert "apps: 'cli-id'" in second and "SYMBL_APP_ID / SYMBL_APP_SECRET" in second
    finally:
        process.terminate()
        process.wait(timeout=10)
