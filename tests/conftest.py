"""Suite-wide: time spent per test folder, printed once at the end of the run."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

_SECONDS: defaultdict[str, float] = defaultdict(float)
_COUNTS: defaultdict[str, int] = defaultdict(int)
_TESTS = Path(__file__).resolve().parent


def _folder(nodeid: str) -> str:
    parts = Path(nodeid.split("::", 1)[0]).parts
    return "/".join(parts[:2]) if len(parts) > 2 else parts[0]


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    # Setup (fixtures such as a served mock or a built wheel), call and teardown all count.
    _SECONDS[_folder(report.nodeid)] += report.duration
    if report.when == "call":
        _COUNTS[_folder(report.nodeid)] += 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _SECONDS:
        return
    terminalreporter.section("time per folder")
    for folder, seconds in sorted(_SECONDS.items(), key=lambda item: -item[1]):
        terminalreporter.write_line(f"{seconds:7.1f} s  {_COUNTS[folder]:4d} tests  {folder}")
    terminalreporter.write_line(f"{sum(_SECONDS.values()):7.1f} s  {sum(_COUNTS.values()):4d} tests  in all")
