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
    base_url = os.environ.get("BASE_URL")
    if base_url:
        if not os.environ.get("SYMBL_ACCESS_TOKEN") and not (
            os.environ.get("SYMBL_APP_ID") and os.environ.get("SYMBL_APP_SECRET")
        ):
            raise SystemExit(
                f"conformance against {base_url} needs credentials: set SYMBL_APP_ID and SYMBL_APP_SECRET"
                " (or SYMBL_ACCESS_TOKEN). Nothing was run."
            )
        token = os.environ.get("SYMBL_ACCESS_TOKEN") or fetch_token(
            base_url, os.environ["SYMBL_APP_ID"], os.environ["SYMBL_APP_SECRET"]
        )
        yield base_url, token
        return
    from symbl_mock import MockSettings, running_mock

    with running_mock(MockSettings.from_env(strict=True)) as mock:
        print(f"mock Symbl API on {mock.url}", flush=True)
        yield mock.url, fetch_token(mock.url, mock.settings.app_id, mock.settings.app_secret)


def fetch_token(base_url: str, app_id: str, app_secret: str) -> str:
    from symbl_api import Symbl, models

    with Symbl(base_url=base_url, app_id=app_id, app_secret=app_secret) as client:
        return client.auth.generate_token(body=models.TokenRequest(app_id=app_id, app_secret=app_secret)).access_token


def schemathesis_command(spec: Path, base_url: str, *extra: str) -> list[str]:
    return [
        str(Path(sys.executable).parent / "schemathesis"),
        "--config-file",
        str(CONFIG),
        "run",
        str(spec),
        "--url",
        base_url,
        "--checks",
        "all",
        "--workers",
        "1",
        *extra,
    ]


def run_schemathesis(command: list[str], token: str, report: Path | None = None) -> tuple[int, str]:
    """Run schemathesis, streaming its output (its own progress) and keeping it as text."""
    env = {
        **os.environ,
        "SYMBL_CONFORMANCE_TOKEN": token,
        "SCHEMATHESIS_HOOKS": "tests.conformance.hooks",
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "mock"), os.environ.get("PYTHONPATH", "")]),
    }
    lines: list[str] = []
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        sys.stdout.write(line)
        lines.append(line)
    code = process.wait()
    if report is not None:
        report.write_text("".join(lines), encoding="utf-8")
    return code, "".join(lines)


def main() -> int:
    spec = bundle()
    REPORTS.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with target() as (base_url, token):
        command = schemathesis_command(
            spec,
            base_url,
            "--phases",
            os.environ.get("CONFORMANCE_PHASES", PHASES),
            "--max-examples",
            os.environ.get("CONFORMANCE_MAX_EXAMPLES", "10"),
            "--seed",
            os.environ.get("CONFORMANCE_SEED", "1"),
            "--report",
            "junit",
            "--report-dir",
            str(REPORTS),
        )
        print(f"schemathesis against {base_url} ({' '.join(command[5:])})", flush=True)
        code, _ = run_schemathesis(command, token, REPORTS / "report.txt")
    print(f"conformance: exit {code} in {time.monotonic() - started:.0f} s; reports in {REPORTS.relative_to(ROOT)}/")
    return code


if __name__ == "__main__":
    sys.exit(main())
