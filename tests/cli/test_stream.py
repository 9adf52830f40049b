"""`symbl stream FILE.wav` against the mock's real-time channel."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import ROOT, Cli

CALL = str(ROOT / "examples" / "call.wav")


def test_stream_prints_the_final_transcript_and_the_conversation(symbl: Cli) -> None:
    result = symbl("stream", CALL, "--name", "Streamed call")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("Speaker: ") for line in lines)
    conversation_id = result.stderr.split("conversation ", 1)[1].split()[0]
    messages = json.loads(symbl("conversations", "messages", conversation_id, "--format", "json").stdout)
    stored = [m["text"].rstrip(".") for m in messages["messages"]]
    assert stored == [line.removeprefix("Speaker: ").rstrip(".") for line in lines]


def test_stream_json_is_every_server_message(symbl: Cli) -> None:
    result = symbl("stream", CALL, "--format", "json")
    assert result.exit_code == 0, result.output
    frames = [json.loads(line) for line in result.stdout.splitlines()]
    assert {f["message"]["type"] for f in frames if f.get("type") == "message"} >= {"recognition_result"}


def test_stream_of_a_missing_file_exits_2(symbl: Cli, tmp_path: Path) -> None:
    result = symbl("stream", str(tmp_path / "missing.wav"))
    assert result.exit_code == 2 and result.stderr.startswith("error: invalid FILE")
