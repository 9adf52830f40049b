"""The mock as a package: the pytest fixtures, the console entry points, and an import that needs
none of the mock's dependencies (pytest loads the plugin for every user of the client)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import httpx

from symbl_api import models

ROOT = Path(__file__).resolve().parents[2]


def test_fixtures_give_a_running_mock_and_a_ready_client(symbl_mock: Any, symbl_client: Any) -> None:
    job = symbl_client.process.submit_text(
        body=models.TextProcessRequest(
            messages=[models.TextMessageInput(payload=models.TextMessagePayload(content="Can we meet on Friday?"))]
        )
    )
    conversation = job.result(timeout=30)
    assert [q.text for q in conversation.get_questions().questions] == ["Can we meet on Friday?"]
    assert httpx.get(f"{symbl_mock.url}/openapi.json").status_code == 200
    assert symbl_mock.app_id == "mock-app-id"


def _run(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "mock")}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def test_the_plugin_imports_without_the_mock_dependencies(tmp_path: Path) -> None:
    done = _run(
        """
        import sys
        for name in ("starlette", "uvicorn", "jsonschema", "h11"):
            sys.modules[name] = None  # as if `[mock]` were not installed
        import symbl_mock.pytest_plugin
        from symbl_mock import MockSettings  # settings need nothing either
        try:
            from symbl_mock import create_app
        except ImportError as exc:
            print("create_app:", exc)
        """,
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "create_app: " in done.stdout


def _pytest_in(folder: Path) -> subprocess.CompletedProcess[str]:
    """pytest run in a fresh process over `folder`, as a user's project would run it."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:schemathesis", str(folder)],
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(ROOT / "mock")},
        capture_output=True,
        text=True,
        check=False,
    )


def test_using_the_fixture_without_the_extra_says_what_to_install(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text("import sys\nsys.modules['symbl_mock._server'] = None\n")
    (tmp_path / "test_user.py").write_text("def test_it(symbl_client):\n    pass\n")
    done = _pytest_in(tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "pip install 'acme-symbl-api-client[mock]'" in done.stdout


def test_python_dash_m_serves_on_a_free_port(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "mock"), "SYMBL_MOCK_APPS": "team-a:sa,team-b:sb"}
    server = subprocess.Popen(
        [sys.executable, "-m", "symbl_mock", "--port", "0", "--log-level", "warning"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        lines = [server.stdout.readline() for _ in range(2)]
        url = lines[0].split("listening on ", 1)[1].split()[0]
        assert "team-a" in lines[1] and "team-b" in lines[1], lines
        for app_id, secret in (("team-a", "sa"), ("team-b", "sb")):
            body = {"type": "application", "appId": app_id, "appSecret": secret}
            assert httpx.post(f"{url}/oauth2/token:generate", json=body).status_code == 200
    finally:
        server.terminate()
        server.wait(timeout=10)


def _readme_snippets() -> list[str]:
    text = (ROOT / "mock" / "README.md").read_text(encoding="utf-8")
    return [block.split("\n", 1)[1] for block in text.split("```")[1::2] if block.startswith("python\n")]


def test_readme_snippets_run(tmp_path: Path) -> None:
    library, fixture_test = _readme_snippets()
    done = _run(library, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    (tmp_path / "test_readme.py").write_text(fixture_test, encoding="utf-8")
    ran = _pytest_in(tmp_path)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "1 passed" in ran.stdout
