"""`symbl process | job | conversations | mock`: output, exit codes, one-line errors, no secrets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from symbl_api.cli import cli
from symbl_mock import MockSettings, running_mock

from .conftest import SECRET, Cli


def _commands() -> list[list[str]]:
    paths = [[]]
    for name, command in cli.commands.items():
        paths.append([name])
        paths.extend([name, sub] for sub in getattr(command, "commands", {}))
    return paths


@pytest.mark.parametrize("path", _commands(), ids=lambda p: " ".join(p) or "symbl")
def test_every_command_has_help_with_examples(symbl: Cli, path: list[str]) -> None:
    result = symbl(*path, "--help")
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
    assert "symbl " in result.output.split("Example", 1)[1]


def _submit(symbl: Cli, tmp_path: Path, text: str, *args: str) -> tuple[int, str, str]:
    source = tmp_path / "meeting.txt"
    source.write_text(text)
    result = symbl("process", "text", str(source), *args)
    return result.exit_code, result.stdout, result.stderr


def test_process_prints_the_ids_first_and_waits(symbl: Cli, tmp_path: Path) -> None:
    code, out, err = _submit(symbl, tmp_path, "Ann: What is the price?\nBo: I will send it by Friday.\n", "--wait")
    assert code == 0, err
    first, resume = err.splitlines()[:2]
    job_id = first.split("job ")[1].split(",")[0]
    conversation_id = out.strip()
    assert first == f"submitted: job {job_id}, conversation {conversation_id}"
    assert resume == f"resume with: symbl job {job_id} {conversation_id}"
    messages = json.loads(symbl("conversations", "messages", conversation_id, "--format", "json").stdout)
    assert [m["from"]["name"] for m in messages["messages"]] == ["Ann", "Bo"]


def test_job_resumes_from_the_printed_ids(symbl: Cli, tmp_path: Path) -> None:
    code, out, _ = _submit(symbl, tmp_path, "Hello there.\n", "--format", "json")
    assert code == 0
    ids = json.loads(out)
    result = symbl("job", ids["jobId"], ids["conversationId"], "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) | {} == {**json.loads(result.stdout), "status": "completed"}
    assert json.loads(result.stdout)["conversationId"] == ids["conversationId"]


def test_a_failed_job_exits_3_with_one_line(symbl: Cli, tmp_path: Path) -> None:
    code, _, err = _submit(symbl, tmp_path, "This one breaks FAIL_JOB\n", "--wait")
    assert code == 3
    last = err.splitlines()[-1]
    assert last.startswith("error: job ") and last.endswith(" failed: The job failed: a message contains FAIL_JOB.")


def test_a_job_still_running_at_the_timeout_exits_4(tmp_path: Path) -> None:
    with running_mock(MockSettings(app_secret=SECRET, job_seconds=60)) as slow:
        code, _, err = _submit(Cli(slow), tmp_path, "Slow.\n", "--wait", "--timeout", "0")
    assert code == 4, err
    assert err.splitlines()[-1].startswith("error: job ") and " still " in err.splitlines()[-1]
    assert err.splitlines()[-1].endswith(err.splitlines()[1].removeprefix("resume with: "))


def test_json_is_exactly_the_api_json(symbl: Cli, tmp_path: Path) -> None:
    _, out, _ = _submit(symbl, tmp_path, "Ann: I will call you tomorrow.\n", "--wait")
    conversation_id = out.strip()
    token = httpx.post(
        f"{symbl.mock.url}/oauth2/token:generate",
        json={"type": "application", "appId": "mock-app-id", "appSecret": SECRET},
    ).json()["accessToken"]
    for command, path in [
        ("get", ""),
        ("messages", "/messages"),
        ("insights", "/insights"),
    ]:
        api = httpx.get(
            f"{symbl.mock.url}/v1/conversations/{conversation_id}{path}", headers={"Authorization": f"Bearer {token}"}
        )
        result = symbl("conversations", command, conversation_id, "--format", "json")
        assert result.exit_code == 0, result.stderr
        assert result.stdout == api.text + "\n"


def test_tables_show_the_items(symbl: Cli, tmp_path: Path) -> None:
    _, out, _ = _submit(symbl, tmp_path, "Ann: What is the price?\n", "--wait")
    conversation_id = out.strip()
    assert "What is the price?" in symbl("conversations", "messages", conversation_id).stdout
    assert "question" in symbl("conversations", "insights", conversation_id).stdout
    assert conversation_id in symbl("conversations", "get", conversation_id).stdout
    assert "What is the price?" in symbl("conversations", "transcript", conversation_id).stdout
    srt = symbl("conversations", "transcript", conversation_id, "--as", "srt").stdout
    assert "-->" in srt
    assert "meeting.txt" in symbl("conversations", "list", "--limit", "100").stdout


@pytest.mark.parametrize(
    ("args", "env", "code", "phrase"),
    [
        (["conversations", "get", "not-an-id"], {}, 2, "invalid conversation_id"),
        (["conversations", "get", "123"], {}, 1, "404"),
        (["conversations", "list"], {"SYMBL_APP_SECRET": "wrong"}, 1, "Check SYMBL_APP_ID"),
        (["conversations", "list"], {"SYMBL_BASE_URL": "http://127.0.0.1:9"}, 1, "Is the server URL right"),
        (["conversations", "list"], {"SYMBL_APP_ID": "", "SYMBL_APP_SECRET": ""}, 2, "no credentials"),
        (["process", "audio", "missing.wav"], {}, 2, "does not exist"),
        (["process", "text", "https://example.com/a.txt"], {}, 2, "local file"),
    ],
)
def test_errors_are_one_line_with_a_reliable_exit_code(
    symbl: Cli, args: list[str], env: dict[str, str], code: int, phrase: str
) -> None:
    result = symbl(*args, **env)
    assert result.exit_code == code, result.output
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert phrase in result.stderr
    assert "Traceback" not in result.output


def test_debug_shows_the_traceback_but_never_the_secret(symbl: Cli) -> None:
    result = symbl("--debug", "conversations", "get", "123")
    assert result.exit_code == 1
    assert "Traceback" in result.stderr and "NotFoundError" in result.stderr
    assert SECRET not in result.output
    token_result = symbl("--debug", "conversations", "list", SYMBL_ACCESS_TOKEN="tok-very-secret")
    assert "tok-very-secret" not in token_result.output


def test_usage_errors_exit_2(symbl: Cli) -> None:
    assert symbl("process", "pdf", "x.pdf").exit_code == 2
    assert symbl("batch", "x", "--concurrency", "0").exit_code == 2


def test_mock_command_says_how_to_get_the_mock_when_absent(symbl: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util
    import shutil

    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    result = symbl("mock", "--port", "0")
    assert result.exit_code == 2
    assert "the mock is not installed" in result.stderr


def test_a_json_file_is_the_submit_text_body(symbl: Cli, tmp_path: Path) -> None:
    body = {"name": "From JSON", "messages": [{"payload": {"content": "Can we ship?"}, "from": {"name": "Ann"}}]}
    (tmp_path / "body.json").write_text(json.dumps(body))
    result = symbl("process", "text", str(tmp_path / "body.json"), "--wait")
    assert result.exit_code == 0, result.stderr
    conversation = json.loads(symbl("conversations", "get", result.stdout.strip(), "--format", "json").stdout)
    assert conversation["name"] == "From JSON"
    (tmp_path / "bad.json").write_text('{"messages": "not a list"}')
    bad = symbl("process", "text", str(tmp_path / "bad.json"))
    assert bad.exit_code == 2 and "is not a submitText body" in bad.stderr


def test_python_dash_m_symbl_api_is_the_command_line() -> None:
    done = subprocess.run([sys.executable, "-m", "symbl_api", "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "batch" in done.stdout and "conversations" in done.stdout


def test_python_dash_m_symbl_api_without_the_cli_extra_says_what_to_install() -> None:
    # click blocked as if the [cli] extra were not installed.
    code = "import runpy, sys; sys.modules['click'] = None; runpy.run_module('symbl_api', run_name='__main__')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "pip install 'acme-symbl-api-client[cli]'" in done.stderr and "'click'" in done.stderr
