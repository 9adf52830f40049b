"""Repository hygiene: `make clean` removes everything the targets write; the LICENSE is there."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_make_clean_removes_everything_ignored_but_the_venv(tmp_path: Path) -> None:
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    ignored = [line.strip().rstrip("/") for line in (ROOT / ".gitignore").read_text().splitlines() if line.strip()]
    made = []
    for pattern in ignored:
        name = pattern.replace("*", "x")
        target = tmp_path / "sub" / name if pattern in ("__pycache__", "*.pyc") else tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if pattern.startswith("*"):
            target.write_text("")
        else:
            target.mkdir()
            (target / "file").write_text("")
        made.append(target)
    (tmp_path / "generated" / ".ruff_cache").mkdir(parents=True)
    kept = tmp_path / "spec" / "openapi.yaml"
    kept.parent.mkdir()
    kept.write_text("")
    subprocess.run(["make", "clean"], cwd=tmp_path, check=True, capture_output=True)
    left = [str(p.relative_to(tmp_path)) for p in made if p.exists()]
    assert left == [".venv"]
    assert not (tmp_path / "generated" / ".ruff_cache").exists()
    assert kept.exists()


def test_the_license_the_metadata_declares_is_shipped() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert 'license = "Apache-2.0"' in pyproject
    assert (ROOT / "LICENSE").read_text().startswith("\n                                 Apache License")
    assert '"LICENSE"' in pyproject  # in the sdist's include list
