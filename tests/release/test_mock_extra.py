"""The mock as users get it: `acme-symbl-api-client[mock]` from the internal index into a fresh
venv, then the console script, `python -m symbl_mock`, and a user's own test with the fixtures."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import httpx
import pytest

from generator.bundle import ROOT

from .conftest import Published, install_from_index

USER_TEST = """
from symbl_api import models


def test_my_app_reads_action_items(symbl_client, symbl_mock):
    job = symbl_client.process.submit_text(body=models.TextProcessRequest(
        name="Weekly sync",
        messages=[models.TextMessageInput(payload=models.TextMessagePayload(
            content="I will send the proposal by Friday."))],
    ))
    conversation = job.result(timeout=30)
    items = conversation.get_action_items().action_items
    assert [i.text for i in items] == ["I will send the proposal by Friday."]
    assert symbl_mock.url.startswith("http://127.0.0.1:")


def test_each_test_gets_a_fresh_mock(symbl_client):
    assert symbl_client.conversations.list_conversations().conversations == []
"""

CONFTEST = """
import pytest
from symbl_mock import MockSettings


@pytest.fixture
def symbl_mock_settings():
    return MockSettings(job_seconds=0.05)
"""


@pytest.fixture(scope="module")
def mock_venv(published: Published, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with `acme-symbl-api-client[mock]` and pytest from the internal index only."""
    assert published.result.returncode == 0, published.result.stderr
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["optional-dependencies"]["mock"], "pytest"]
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--only-binary=:all:"),
            *("--dest", str(published.index.packages), "-c", str(ROOT / "constraints.txt"), *wanted),
        ],
        check=True,
        capture_output=True,
    )
    venv = tmp_path_factory.mktemp("mock-user") / "venv"
    return install_from_index(published, venv, "acme-symbl-api-client[mock]", "pytest")


def test_console_script_serves_the_bundled_spec(mock_venv: Path, tmp_path: Path) -> None:
    for command in (
        [str(mock_venv / "bin" / "symbl-mock")],
        [str(mock_venv / "bin" / "python"), "-I", "-m", "symbl_mock"],
    ):
        server = subprocess.Popen(
            [*command, "--port", "0", "--log-level", "warning"],
            cwd=tmp_path,  # not the repository: the spec must come from the wheel
            env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            first = server.stdout.readline()
            assert "Symbl mock listening on http://127.0.0.1:" in first, first + (
                server.stderr.read() if server.stderr else ""
            )
            url = first.split("listening on ", 1)[1].split()[0]
            spec = httpx.get(f"{url}/openapi.json", timeout=10).json()
            assert spec["info"]["title"] == "Symbl.ai REST API"
            token = httpx.post(
                f"{url}/oauth2/token:generate",
                json={"type": "application", "appId": "mock-app-id", "appSecret": "mock-app-secret"},
                timeout=10,
            )
            assert token.status_code == 200, token.text
        finally:
            server.terminate()
            server.wait(timeout=10)
    located = subprocess.run(
        [str(mock_venv / "bin" / "python"), "-I", "-c", "import symbl_mock; print(symbl_mock.__file__)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert located.stdout.strip().startswith(str(mock_venv)), located.stdout


def test_user_tests_run_with_the_fixtures(mock_venv: Path, tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(textwrap.dedent(USER_TEST), encoding="utf-8")
    (tmp_path / "conftest.py").write_text(textwrap.dedent(CONFTEST), encoding="utf-8")
    done = subprocess.run(
        [str(mock_venv / "bin" / "python"), "-I", "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout
