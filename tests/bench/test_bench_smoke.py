"""The benchmark harness works: two cheap items in --quick mode, the table, results and the check.

Figures from --quick are not meaningful and are not asserted; `make bench` measures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.bench import __main__ as cli
from tests.bench._common import Metric
from tests.bench.suite import compare, read_baseline


def test_quick_run_writes_results_and_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    results = tmp_path / "results.json"
    assert cli.main(["--quick", "--only", "parse,overhead", "--results", str(results)]) == 0
    data = json.loads(results.read_text())
    keys = {m["key"] for m in data["metrics"]}
    assert keys == {"parse_transcript", "parse_retained_memory", "overhead_sync", "overhead_async"}
    assert all(m["ratio"] > 0 for m in data["metrics"])
    assert data["quick"] is True and data["machine"]["python"]
    parse = next(m for m in data["metrics"] if m["key"] == "parse_transcript")
    assert parse["details"]["decode_profile"]["by_own_time"]
    assert (tmp_path / "summary.md").read_text().count("\n| ") == 5  # header and four rows
    out = capsys.readouterr().out
    assert "per-call overhead, sync" in out and "ratio" in out
    # The committed baseline covers what the quick run measured.
    assert keys <= set(read_baseline()["ratios"])


def _metric(
    key: str, ratio: float, better: str = "lower", *, target: float | None = None, noisy: bool = False
) -> Metric:
    return Metric(key=key, item=key, measured="", ratio=ratio, better=better, target=target, noisy=noisy)  # type: ignore[arg-type]


def test_check_flags_only_regressions_over_the_tolerance() -> None:
    baseline = {
        "tolerance": 0.2,
        "ratios": {
            "lower": {"ratio": 1.0, "better": "lower", "target": 1.1, "noisy": False},
            "higher": {"ratio": 10.0, "better": "higher", "target": 10.0, "noisy": False},
            "noisy": {"ratio": 0.5, "better": "lower", "target": 1.0, "noisy": True},
        },
    }
    fine = [_metric("lower", 1.19), _metric("higher", 8.1, "higher"), _metric("noisy", 0.99, target=1.0, noisy=True)]
    assert compare(fine, baseline) == []
    worse = [_metric("lower", 1.21), _metric("higher", 7.9, "higher"), _metric("noisy", 1.2, target=1.0, noisy=True)]
    problems = compare(worse, baseline)
    assert [p.split(":")[0] for p in problems] == ["higher", "lower", "noisy"]
    assert compare(fine[:1], baseline) != []  # a missing item is a failure of a full check
    assert compare(fine[:1], baseline, partial=True) == []
