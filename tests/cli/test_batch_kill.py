"""A batch of 200 killed at random moments against a faulty mock, then run again: every item
is processed exactly once (one conversation on the server, one result file)."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path

from symbl_mock import FaultSettings, MockSettings, running_mock

from .conftest import SECRET, Cli, transcripts

ITEMS = 200
FAULTS = FaultSettings(seed=7, rate429=0.03, rate5xx=0.03, drop=0.02, retry_after=1)


def _states(state: Path) -> Counter[str]:
    if not state.exists():
        return Counter()
    try:
        with sqlite3.connect(state) as db:
            return Counter(dict(db.execute("SELECT state, count(*) FROM items GROUP BY state").fetchall()))
    except sqlite3.OperationalError:  # the run is still creating its tables
        return Counter()


def _wait_for_work(process: subprocess.Popen[bytes], state: Path, timeout: float = 60.0) -> None:
    """Until this run has a submission in flight (or has ended)."""
    started = _states(state)
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        counts = _states(state)
        if counts["submitting"] + counts["submitted"] and counts != started:
            return
        time.sleep(0.02)


def test_killed_and_restarted_batches_process_every_item_exactly_once(tmp_path: Path) -> None:
    rng = random.Random(16)
    inputs = transcripts(tmp_path / "in", ITEMS)
    out, state = tmp_path / "out", tmp_path / "state.sqlite"
    args = ("batch", str(inputs), "--out", str(out), "--state", str(state), "-n", "50", "--retry-unknown")
    with running_mock(MockSettings(app_secret=SECRET, job_seconds=0.1, faults=FAULTS)) as mock:
        symbl = Cli(mock)
        killed_with: list[Counter[str]] = []
        early: list[str] = []
        for _ in range(12):
            process = symbl.spawn(*args)
            _wait_for_work(process, state)  # however slow the machine is to start the process
            time.sleep(rng.uniform(0.0, 1.0))
            if process.poll() is not None:  # finished, or stopped by an injected fault: run again
                early.append(process.communicate()[1].decode().splitlines()[-1])
                if process.returncode == 0 or len(killed_with) >= 6:
                    break
                continue
            process.send_signal(signal.SIGKILL)
            process.wait()
            killed_with.append(_states(state))
            if len(killed_with) == 6:
                break
        for _ in range(5):
            process = symbl.spawn(*args)
            _, err = process.communicate(timeout=120)
            if process.returncode == 0:
                break
        assert process.returncode == 0, err.decode()
        held = symbl.names()

    # The kills hit while work was in flight, so resuming was exercised, not just restarting.
    assert sum(1 for counts in killed_with if counts["submitted"] + counts["submitting"]) >= 3, (killed_with, early)
    with sqlite3.connect(state) as db:
        rows = db.execute("SELECT location, name, state FROM items").fetchall()
    assert len(rows) == ITEMS
    assert {row[2] for row in rows} == {"done"}
    assert [held[name] for _, name, _ in rows] == [1] * ITEMS, "a conversation was submitted twice or lost"
    results = [json.loads(p.read_text()) for p in out.glob("*.json")]
    assert sorted(r["source"] for r in results) == sorted(location for location, _, _ in rows)
    assert not list(out.glob("*.partial"))
