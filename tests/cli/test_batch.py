"""`symbl batch`: results, retries of certain failures, unknown outcomes, concurrency limits."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from symbl_mock import MockSettings, running_mock

from .conftest import SECRET, Cli, state_rows, transcripts


def _names(state: Path) -> dict[str, str]:
    with sqlite3.connect(state) as db:
        return dict(db.execute("SELECT location, name FROM items").fetchall())


def test_a_batch_writes_one_json_per_conversation_and_reruns_only_failures(symbl: Cli, tmp_path: Path) -> None:
    inputs = transcripts(tmp_path / "in", 12, fail={3})
    out, state = tmp_path / "out", tmp_path / "state.sqlite"
    first = symbl("batch", str(inputs), "--out", str(out), "--state", str(state), "-n", "4")
    assert first.exit_code == 3, first.output
    assert first.stdout.startswith(f"failed\t{inputs / 'call-0003.txt'}\tjob ")
    results = [json.loads(p.read_text()) for p in out.glob("*.json")]
    assert len(results) == 11
    for result in results:
        assert set(result) == {"source", "conversation", "messages", "topics", "questions", "actionItems", "followUps"}
        assert f"{result['conversation']['id']}.json" in {p.name for p in out.glob("*.json")}
        assert result["questions"]["questions"][0]["text"].endswith("What is the price?")

    second = symbl("batch", str(inputs), "--out", str(out), "--state", str(state), "-n", "4")
    assert second.exit_code == 3
    names, held = _names(state), symbl.names()
    assert {location: held[name] for location, name in names.items()} == {
        location: 2 if location.endswith("call-0003.txt") else 1 for location in names
    }


def test_an_interrupted_submission_is_found_again_not_repeated(symbl: Cli, tmp_path: Path) -> None:
    inputs = transcripts(tmp_path / "in", 3)
    out, state = tmp_path / "out", tmp_path / "state.sqlite"
    assert symbl("batch", str(inputs), "--out", str(out), "--state", str(state)).exit_code == 0
    # As if killed after the server accepted call-0001 but before the answer was recorded, and
    # before call-0002's request left: both rows are left `submitting`.
    with sqlite3.connect(state) as db:
        for (conversation_id,) in db.execute("SELECT conversation_id FROM items WHERE id IN (2, 3)"):
            (out / f"{conversation_id}.json").unlink()
        db.execute("UPDATE items SET state = 'submitting', job_id = NULL, conversation_id = NULL WHERE id = 2")
        db.execute("UPDATE items SET state = 'submitting', name = name || ' never sent' WHERE id = 3")

    rerun = symbl("batch", str(inputs), "--out", str(out), "--state", str(state))
    assert rerun.exit_code == 4, rerun.output
    assert rerun.stdout.splitlines() == [
        f"unknown\t{inputs / 'call-0002.txt'}\t{_names(state)[str(inputs / 'call-0002.txt')]}: interrupted while submitting"
    ]
    assert state_rows(state)[str(inputs / "call-0001.txt")] == "done"

    resubmitted = symbl("batch", str(inputs), "--out", str(out), "--state", str(state), "--retry-unknown")
    assert resubmitted.exit_code == 0, resubmitted.output
    held = symbl.names()
    assert [held[name] for name in _names(state).values()] == [1, 1, 1]
    assert len(list(out.glob("*.json"))) == 3


def test_the_account_job_limit_is_waited_out_never_a_failure(tmp_path: Path) -> None:
    with running_mock(MockSettings(app_secret=SECRET, job_seconds=0.3, max_jobs=2)) as mock:
        symbl = Cli(mock)
        inputs = transcripts(tmp_path / "in", 8)
        result = symbl("batch", str(inputs), "--out", str(tmp_path / "out"), "-n", "8")
        assert result.exit_code == 0, result.output
        assert "8/8 done" in result.stderr and "0 failed" in result.stderr
        assert mock.core is not None
        assert sorted(symbl.names().values()) == [1] * 8


def test_a_second_runner_on_the_same_state_is_refused(symbl: Cli, tmp_path: Path) -> None:
    from symbl_api.cli._state import BatchState

    state = tmp_path / "state.sqlite"
    holder = BatchState(state)
    try:
        result = symbl("batch", str(transcripts(tmp_path / "in", 1)), "--state", str(state), "--out", str(tmp_path))
        assert result.exit_code == 4
        assert "another batch is running" in result.stderr
    finally:
        holder.close()


def test_a_list_file_names_files_and_urls(symbl: Cli, tmp_path: Path) -> None:
    transcripts(tmp_path, 1)
    (tmp_path / "list.txt").write_text("# my batch\ncall-0000.txt\n\nhttps://example.com/recordings/call.wav\n")
    result = symbl("batch", str(tmp_path / "list.txt"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    sources = sorted(json.loads(p.read_text())["source"] for p in (tmp_path / "out").glob("*.json"))
    assert sources == [str(tmp_path / "call-0000.txt"), "https://example.com/recordings/call.wav"]
    bad = tmp_path / "bad.txt"
    bad.write_text("notes.pdf\n")
    result = symbl("batch", str(bad))
    assert result.exit_code == 2 and "line 1" in result.stderr
