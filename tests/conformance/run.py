"""`make conformance`: fuzz the bundled spec with schemathesis against the mock or a live API.

Against the mock (default): the mock is started on loopback and stopped afterwards.
Against a live API: BASE_URL=https://api.symbl.ai plus SYMBL_APP_ID/SYMBL_APP_SECRET (or
SYMBL_ACCESS_TOKEN), the same variables the client reads. Budget and seed:
CONFORMANCE_MAX_EXAMPLES (default 10), CONFORMANCE_SEED (default 1), CONFORMANCE_PHASES
(default all four phases). Reports: reports/conformance/junit.xml and report.txt.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from generator.bundle import ROOT, bundle

REPORTS = ROOT / "reports" / "conformance"
CONFIG = Path(__file__).with_name("schemathesis.toml")
PHASES = "examples,coverage,fuzzing,stateful"


@contextlib.contextmanager
def target() -> Iterator[tuple[str, str]]:
    """(base URL, access token) of the API under test."""
    from symbl_api import Symbl

    base_url = os.environ.get("BASE_URL")
    if base_url:
        if not os.environ.get("SYMBL_ACCESS_TOKEN") and not (
            os.environ.get("SYMBL_APP_ID") and os.environ.get("SYMBL_APP_SECRET")
        ):
            raise SystemExit(
                f"conformance against {base_url} needs credentials: set SYMBL_APP_ID and SYMBL_APP_SECRET"
                " (or SYMBL_ACCESS_TOKEN). Nothing was run."
            )
        with Symbl(base_url=base_url) as client:
            token = os.environ.get("SYMBL_ACCESS_TOKEN") or client.auth.generate_token(body=client._settings.token_request()).access_token
        yield base_url, token
        return
    from symbl_mock import MockSettings, running_mock

    with running_mock(MockSettings.from_env()) as mock:
        print(f"mock Symbl API on {mock.url}", flush=True)
        with Symbl(base_url=mock.url, app_id=mock.settings.app_id, app_secret=mock.settings.app_secret) as client:
            token = client.auth.generate_token(body=client._settings.token_request()).access_token
        yield mock.url, token


def main() -> int:
    spec = bundle()
    REPORTS.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with target() as (base_url, token):
        command = [
            str(Path(sys.executable).parent / "schemathesis"),
            "--config-file",
            str(CONFIG),
            "run",
            str(spec),
            "--url",
            base_url,
            "--checks",
            "all",
            "--phases",
            os.environ.get("CONFORMANCE_PHASES", PHASES),
            "--max-examples",
            os.environ.get("CONFORMANCE_MAX_EXAMPLES", "10"),
            "--seed",
            os.environ.get("CONFORMANCE_SEED", "1"),
            "--workers",
            "1",
            "--report",
            "junit",
            "--report-dir",
            str(REPORTS),
        ]
        env = {
            **os.environ,
            "SYMBL_CONFORMANCE_TOKEN": token,
            "SCHEMATHESIS_HOOKS": "tests.conformance.hooks",
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "mock"), os.environ.get("PYTHONPATH", "")]),
        }
        print(f"schemathesis against {base_url} ({' '.join(command[5:])})", flush=True)
        # Output streams live (schemathesis shows its own progress) and is kept as the text report.
        with (REPORTS / "report.txt").open("w", encoding="utf-8") as report:
            process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            assert process.stdout is not None
            for line in process.stdout:
                sys.stdout.write(line)
                report.write(line)
            code = process.wait()
    print(f"conformance: exit {code} in {time.monotonic() - started:.0f} s; reports in {REPORTS.relative_to(ROOT)}/")
    return code


if __name__ == "__main__":
    sys.exit(main())
