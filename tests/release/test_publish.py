"""`python -m release publish` against a real pypiserver, and the client installed from it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.bundle import ROOT
from release.publish import IndexSettings, PublishError, check_dist, read_version, upload
from symbl_mock import MockSettings, running_mock

from .conftest import PASSWORD, USER, Index, Published, publish_env, run_release

SMOKE = """
import importlib.metadata, json, sys
import symbl_api
from symbl_api import Symbl, models

with Symbl(base_url=sys.argv[1], app_id="mock-app-id", app_secret="mock-app-secret") as client:
    job = client.process.submit_text(body=models.TextProcessRequest(
        name="Release smoke test",
        messages=[models.TextMessageInput(payload=models.TextMessagePayload(
            content="What is the price? I will send the proposal by Friday."))],
    ))
    conversation = job.result(timeout=60)
    messages = conversation.get_messages().messages
    listed = [c.id for c in client.conversations.list_conversations().conversations]
print(json.dumps({
    "module": symbl_api.__file__,
    "version": importlib.metadata.version("acme-symbl-api-client"),
    "conversation": job.conversation_id,
    "messages": [m.text for m in messages],
    "listed": listed,
}))
"""


def _output(done: subprocess.CompletedProcess[str]) -> str:
    return done.stdout + done.stderr


def test_publish_builds_missing_dist_and_uploads(published: Published) -> None:
    out = _output(published.result)
    assert published.result.returncode == 0, out
    version = read_version(ROOT)
    assert "building it first" in out
    assert f"acme-symbl-api-client {version} is on {published.index.url}" in out
    assert f"--index-url {published.index.simple}" in out
    uploaded = sorted(p.name for p in published.index.packages.glob("acme_symbl_api_client-*"))
    assert uploaded == [f"acme_symbl_api_client-{version}-py3-none-any.whl", f"acme_symbl_api_client-{version}.tar.gz"]
    assert PASSWORD not in out


def test_client_installed_from_the_index_runs_against_the_mock(fresh_venv: Path, tmp_path: Path) -> None:
    python = fresh_venv / "bin" / "python"
    with running_mock(MockSettings.from_env({}, job_seconds=0.3)) as mock:
        # -I: only the fresh venv's site-packages, not the working tree or PYTHONPATH.
        done = subprocess.run(
            [str(python), "-I", "-c", textwrap.dedent(SMOKE), mock.url],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stdout + done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["module"].startswith(str(fresh_venv)), result["module"]
    assert result["version"] == read_version(ROOT)
    assert " ".join(result["messages"]) == "What is the price? I will send the proposal by Friday."
    assert result["conversation"] in result["listed"]


def test_the_consumer_venv_holds_only_the_client_and_its_dependencies(fresh_venv: Path) -> None:
    done = subprocess.run(
        [str(fresh_venv / "bin" / "python"), "-m", "pip", "list", "--format=json", "--disable-pip-version-check"],
        env={**os.environ, "PIP_CONFIG_FILE": os.devnull},
        capture_output=True,
        text=True,
        check=True,
    )
    names = {p["name"].lower().replace("_", "-") for p in json.loads(done.stdout)}
    assert "acme-symbl-api-client" in names
    assert not names & {"symbl", "symbl-rest"}
    # The command line's libraries come only with the [cli] extra; dateutil is not needed at all.
    assert not names & {"click", "rich", "python-dateutil"}


def test_republishing_the_same_version_is_refused(published: Published) -> None:
    assert published.result.returncode == 0, _output(published.result)
    before = {p.name: p.stat().st_mtime_ns for p in published.index.packages.iterdir()}
    done = run_release("publish", "--dist", str(published.dist), env=publish_env(published.index))
    out = _output(done)
    assert done.returncode == 1, out
    version = read_version(ROOT)
    assert f"acme-symbl-api-client {version} is already on the index" in out
    assert "bump info.version" in out
    assert "uploading" not in out
    assert {p.name: p.stat().st_mtime_ns for p in published.index.packages.iterdir()} == before


def test_the_index_itself_refuses_a_duplicate_upload(published: Published, capsys: pytest.CaptureFixture[str]) -> None:
    # The check before uploading can race with another publisher; the server's 400 is explained too.
    settings = IndexSettings.from_env(publish_env(published.index))
    files = check_dist(ROOT, published.dist, read_version(ROOT))
    version = re.escape(read_version(ROOT))
    with pytest.raises(PublishError, match=rf"already holds acme-symbl-api-client {version} \(HTTP 400"):
        upload(settings, files, publish_env(published.index), read_version(ROOT))
    assert PASSWORD not in capsys.readouterr().err


def test_wrong_password_fails_clearly_without_showing_it(
    start_index: Callable[[Path], Index], published: Published, tmp_path: Path
) -> None:
    packages = tmp_path / "packages"
    packages.mkdir()
    index = start_index(packages)
    wrong = "Wr0ng-pa55word-91xq"
    done = run_release("publish", "--dist", str(published.dist), env=publish_env(index, password=wrong))
    out = _output(done)
    assert done.returncode == 1, out
    assert f"refused the credentials of user '{USER}' (HTTP 403)" in out
    assert "check INDEX_USER and INDEX_PASSWORD" in out
    assert wrong not in out
    assert not list(packages.iterdir())


def test_credentials_reach_twine_through_its_environment_only(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[tuple[list[str], dict[str, str]]] = []

    def fake_run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        seen.append((command, kwargs["env"]))
        # twine echoing the password back must not reach our output either.
        return subprocess.CompletedProcess(
            command, 0, stdout=f"Uploading to {kwargs['env']['TWINE_PASSWORD']}", stderr=""
        )

    monkeypatch.setattr(subprocess, "run", fake_run)
    env = {"INDEX_URL": "http://uploader:" + PASSWORD + "@127.0.0.1:9/", "INDEX_USER": USER, "INDEX_PASSWORD": PASSWORD}
    upload(IndexSettings.from_env(env), [tmp_path / "a.whl"], env, "1.0.0")
    command, child = seen[0]
    assert PASSWORD not in " ".join(command)
    assert child["TWINE_PASSWORD"] == PASSWORD and child["TWINE_USERNAME"] == USER
    assert "INDEX_PASSWORD" not in child and "INDEX_URL" not in child
    assert PASSWORD not in capsys.readouterr().err
    assert PASSWORD not in repr(IndexSettings.from_env(env))


def test_twine_variables_work_as_well() -> None:
    settings = IndexSettings.from_env(
        {"TWINE_REPOSITORY_URL": "https://idx.example/", "TWINE_USERNAME": "u", "TWINE_PASSWORD": "p"}
    )
    assert (settings.upload_url, settings.simple_url, settings.username) == (
        "https://idx.example/",
        "https://idx.example/simple/",
        "u",
    )


def test_missing_index_settings_are_explained() -> None:
    with pytest.raises(PublishError, match="set INDEX_URL"):
        IndexSettings.from_env({})
    with pytest.raises(PublishError, match="set INDEX_USER"):
        IndexSettings.from_env({"INDEX_URL": "http://127.0.0.1:9/"})
    with pytest.raises(PublishError, match="is the public index"):
        IndexSettings.from_env(
            {"TWINE_REPOSITORY_URL": "https://upload.pypi.org/legacy/", "TWINE_USERNAME": "__token__"}
        )


def test_a_dist_of_another_version_is_refused(tmp_path: Path) -> None:
    (tmp_path / "acme_symbl_api_client-0.9.0-py3-none-any.whl").write_bytes(b"")
    (tmp_path / "acme_symbl_api_client-0.9.0.tar.gz").write_bytes(b"")
    with pytest.raises(PublishError, match=r"exactly one wheel and one sdist of version 1\.0\.0.*make build"):
        check_dist(ROOT, tmp_path, "1.0.0")


def test_stale_generated_tree_is_refused(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    for folder in ("spec", "generator", "generated", "overrides"):
        shutil.copytree(ROOT / folder, repo / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", repo / "pyproject.toml")
    stale = repo / "generated" / "_symbl_api_generated" / "client.py"
    stale.write_text(stale.read_text(encoding="utf-8") + "\n# edited by hand\n", encoding="utf-8")
    env = {**os.environ, "INDEX_URL": "http://127.0.0.1:9/", "INDEX_USER": USER, "INDEX_PASSWORD": PASSWORD}
    done = run_release("--repo", str(repo), "publish", env=env)
    out = _output(done)
    assert done.returncode == 1, out
    assert "generated/ is stale" in out
    assert "generated/_symbl_api_generated/client.py" in out
    assert "make generate" in out
    assert not (repo / "dist").exists()
