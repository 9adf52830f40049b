"""The `symbl` command run in-process (click's runner) against the mock served on loopback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from symbl_api.cli import cli
from symbl_mock import MockSettings, RunningMock, running_mock

SECRET = "mock-app-secret-7Q2x"
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Cli:
    mock: RunningMock

    def env(self, **extra: str) -> dict[str, str]:
        base = {
            "COLUMNS": "250",
            "SYMBL_BASE_URL": self.mock.url,
            "SYMBL_APP_ID": "mock-app-id",
            "SYMBL_APP_SECRET": SECRET,
        }
        return {**base, **extra}

    def __call__(self, *args: str, **env: str) -> Result:
        return CliRunner().invoke(cli, list(args), env=self.env(**env), prog_name="symbl")

    def spawn(self, *args: str) -> subprocess.Popen[bytes]:
        """The real console entry point in a process of its own (to be killed)."""
        env = {**os.environ, **self.env(), "PYTHONPATH": os.pathsep.join([str(ROOT / "mock"), str(ROOT)])}
        return subprocess.Popen(
            [sys.executable, "-m", "symbl_api.cli", *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    def names(self) -> Counter[str]:
        """How many conversations the mock holds under each name (read from its storage: the
        API may be answering injected faults)."""
        with self.mock.core.storage.transaction(self.mock.settings.app_id) as state:
            return Counter(conversation.name for conversation in state.conversations.values())


@pytest.fixture(scope="module")
def served() -> Iterator[RunningMock]:
    with running_mock(MockSettings(app_secret=SECRET, job_seconds=0)) as mock:  # jobs final at once
        yield mock


@pytest.fixture
def symbl(served: RunningMock, monkeypatch: pytest.MonkeyPatch) -> Cli:
    for name in ("SYMBL_ACCESS_TOKEN", "SYMBL_LOG"):
        monkeypatch.delenv(name, raising=False)
    return Cli(served)


def state_rows(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT location, state FROM items").fetchall())


def transcripts(folder: Path, count: int, fail: set[int] = frozenset()) -> Path:  # type: ignore[assignment]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        extra = " FAIL_JOB" if i in fail else ""
        (folder / f"call-{i:04d}.txt").write_text(
            f"Ann: Item {i}. What is the price?{extra}\nBo: I will send it Friday.\n"
        )
    return folder
