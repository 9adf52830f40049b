"""Replaying a recording against the spec reports drift, and only drift."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.bundle import bundle

from .replay import main, replay

FIXTURE = Path(__file__).with_name("fixtures") / "mock-recording.jsonl"
SPEC: dict[str, Any] = yaml.safe_load(bundle().read_text(encoding="utf-8"))
EXCHANGES = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


def drifted() -> dict[str, Any]:
    """The spec with four deliberate changes the recorded API does not follow."""
    spec = copy.deepcopy(SPEC)
    schemas = spec["components"]["schemas"]
    del schemas["Conversation"]["properties"]["endTime"]  # the API answers a field the spec lacks
    schemas["JobStatus"]["properties"]["status"] = {"type": "integer"}  # a type changed
    del spec["paths"]["/v1/process/text"]["post"]["responses"]["201"]  # the API answers an undocumented status
    spec["paths"]["/v1/manage/trackers"]["get"]["operationId"] = "listAllTrackers"  # an operation renamed
    return spec


def test_the_recording_covers_most_operations_with_successes() -> None:
    assert len({e["operationId"] for e in EXCHANGES}) >= 80
    assert sum(200 <= e["status"] < 300 for e in EXCHANGES) >= 50


def test_the_recording_replays_clean_against_the_current_spec() -> None:
    assert replay(SPEC, EXCHANGES) == []


def test_each_deliberate_drift_is_reported_on_the_right_operation() -> None:
    found = {(d.kind, d.operation_id) for d in replay(drifted(), EXCHANGES)}
    assert ("unknown-field", "getConversation") in found
    assert ("invalid-body", "getJobStatus") in found
    assert ("undocumented-status", "submitText") in found
    assert ("missing-operation", "listTrackers") in found
    assert {kind for kind, _ in found} == {"unknown-field", "invalid-body", "undocumented-status", "missing-operation"}


def test_the_command_exits_1_and_names_the_drift(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec_file = tmp_path / "openapi.yaml"
    spec_file.write_text(yaml.safe_dump(drifted()), encoding="utf-8")
    assert main([str(FIXTURE), "--spec", str(spec_file)]) == 1
    out = capsys.readouterr().out
    assert "getConversation 200: /endTime is not in the spec" in out
    assert "undocumented-status  submitText 201" in out
    assert main([str(FIXTURE)]) == 0
    assert "no drift" in capsys.readouterr().out


def test_a_missing_recording_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([str(tmp_path / "nope.jsonl")])
    assert "CONFORMANCE_RECORD=" in capsys.readouterr().err
