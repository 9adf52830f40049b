"""Every code block of README.md, mock/README.md and spec/README.md works as written.

Python blocks and shell blocks that run `symbl` are executed in a fresh process, from a copy of
the repository's `examples/`, against a mock on loopback; the README's mock address
(127.0.0.1:8700) is replaced by that mock's. Shell blocks that cannot run here (a foreground
server, an upload to an index) are checked instead: every `make` target they name exists, and
every `python -m` module imports. `text` blocks are layout listings: every path they name exists.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from symbl_mock import MockSettings, RunningMock, running_mock

ROOT = Path(__file__).resolve().parents[2]
READMES = ("README.md", "mock/README.md", "spec/README.md")
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
README_MOCK = "http://127.0.0.1:8700"
# First words of shell lines that are checked, not run (see the module docstring).
CHECKED_ONLY = {"make", "export", "read", "pip", "git", "python", "PYTHONPATH=mock"}
# Console scripts the distribution declares (a foreground server such as `symbl-mock` is checked
# against this list, not run).
SCRIPTS = set(tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())["project"]["scripts"])


def blocks() -> list[tuple[str, str, str]]:
    found = []
    for readme in READMES:
        text = (ROOT / readme).read_text(encoding="utf-8")
        for number, (language, code) in enumerate(FENCE.findall(text), 1):
            found.append((f"{readme}#{number}", language or "shell", code))
    return found


BLOCKS = blocks()
PYTHON = [b for b in BLOCKS if b[1] == "python"]
SHELL_RUN = [b for b in BLOCKS if b[1] == "shell" and re.search(r"^(\.venv/bin/)?symbl ", b[2], re.M)]
SHELL_CHECK = [b for b in BLOCKS if b[1] == "shell" and b not in SHELL_RUN]


def test_the_readmes_have_snippets_of_every_kind() -> None:
    assert PYTHON and SHELL_RUN and SHELL_CHECK
    assert {language for _, language, _ in BLOCKS} <= {"python", "shell", "text"}, "a new kind of block needs a check"


@pytest.fixture(scope="module")
def mock() -> Iterator[RunningMock]:
    with running_mock(MockSettings(job_seconds=0.2)) as served:
        yield served


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A folder like a fresh clone's for what the snippets touch: examples/ and a `symbl` on PATH."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("__pycache__"))
    shim = f'#!/bin/sh\nexec "{sys.executable}" -m symbl_api.cli "$@"\n'
    for folder in (tmp_path / "bin", tmp_path / ".venv" / "bin"):
        folder.mkdir(parents=True)
        (folder / "symbl").write_text(shim)
        (folder / "symbl").chmod(0o755)
    return tmp_path


def _env(mock: RunningMock, workdir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SYMBL_")}
    env.update(
        PATH=f"{workdir / 'bin'}{os.pathsep}{env['PATH']}",
        PYTHONPATH=os.pathsep.join([str(ROOT / "mock"), str(ROOT)]),
        SYMBL_BASE_URL=mock.url,
        SYMBL_APP_ID=mock.settings.app_id,
        SYMBL_APP_SECRET=mock.settings.app_secret,
    )
    return env


def _run(command: list[str], mock: RunningMock, workdir: Path) -> None:
    done = subprocess.run(command, cwd=workdir, env=_env(mock, workdir), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"


@pytest.mark.parametrize(("where", "code"), [(w, c) for w, _, c in PYTHON], ids=[w for w, _, _ in PYTHON])
def test_python_snippet_runs(where: str, code: str, mock: RunningMock, workdir: Path) -> None:
    _run([sys.executable, "-c", code], mock, workdir)


@pytest.mark.parametrize(("where", "code"), [(w, c) for w, _, c in SHELL_RUN], ids=[w for w, _, _ in SHELL_RUN])
def test_shell_snippet_runs(where: str, code: str, mock: RunningMock, workdir: Path) -> None:
    _run(["bash", "-euo", "pipefail", "-c", code.replace(README_MOCK, mock.url)], mock, workdir)
    if "--out results/" in code:
        assert list((workdir / "results").glob("*.json")), "the batch wrote no result"


def _targets() -> set[str]:
    return set(re.findall(r"^([a-z][a-z-]*):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M))


@pytest.mark.parametrize(("where", "code"), [(w, c) for w, _, c in SHELL_CHECK], ids=[w for w, _, _ in SHELL_CHECK])
def test_shell_snippet_names_what_exists(where: str, code: str) -> None:
    for line in code.splitlines():
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        assert words[0] in CHECKED_ONLY | SCRIPTS, f"{where}: no check for {line!r}"
        if words[0] == "make":
            assert words[1] in _targets(), f"{where}: no make target {words[1]!r}"
        module = re.search(r"python -m ([\w.]+)", line)
        if module:
            found = subprocess.run(
                [sys.executable, "-c", f"import importlib.util as u; assert u.find_spec({module.group(1)!r})"],
                env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "mock"), str(ROOT)])},
                capture_output=True,
            )
            assert found.returncode == 0, f"{where}: python -m {module.group(1)} does not import"


@pytest.mark.parametrize(("where", "code"), [(w, c) for w, k, c in BLOCKS if k == "text"])
def test_layout_listings_name_existing_folders(where: str, code: str) -> None:
    for line in code.splitlines():
        if line.strip():
            assert (ROOT / line.split()[0]).exists(), f"{where}: {line.split()[0]} does not exist"


def test_readmes_point_only_inside_the_repository() -> None:
    for readme in READMES:
        text = (ROOT / readme).read_text(encoding="utf-8")
        assert "../shared" not in text, readme
        for target in re.findall(r"\]\(([^)#:]+)\)", text):
            assert (ROOT / readme).parent.joinpath(target).exists(), f"{readme}: broken link {target}"
