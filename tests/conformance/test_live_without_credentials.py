"""A live conformance run without credentials stops at once and says what is missing."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from generator.bundle import ROOT


def test_live_run_without_credentials_fails_fast() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SYMBL_")}
    env.update(BASE_URL="http://127.0.0.1:9", PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "mock")]))
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "tests.conformance.run"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    assert "SYMBL_APP_ID and SYMBL_APP_SECRET" in done.stderr
    assert "schemathesis against" not in done.stdout
    assert time.monotonic() - started < 20
