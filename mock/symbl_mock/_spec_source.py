"""Where the mock's spec comes from: the bundled spec a wheel carries, or spec/ of the repository
bundled by the project's one bundler (generator/bundle.py)."""

from __future__ import annotations

import copy
import importlib
import json
import sys
from pathlib import Path
from typing import Any

PACKAGED_SPEC = "openapi.json"
_CACHE: dict[tuple[str, tuple[tuple[str, float], ...]], dict[str, Any]] = {}


def load_bundled_spec(spec_dir: Path | None = None) -> dict[str, Any]:
    """The spec the mock serves.

    Installed from a wheel, that is the bundled spec the wheel carries (`symbl_mock/openapi.json`,
    written at build time). In the repository it is spec/ bundled by the project's one bundler
    (`generator.bundle.load_spec`), parsed once per set of file modification times, so many mock
    instances start quickly and a spec edit is still picked up by the next instance.
    """
    packaged = Path(__file__).resolve().parent / PACKAGED_SPEC
    if spec_dir is None and packaged.is_file():
        loaded: dict[str, Any] = json.loads(packaged.read_text(encoding="utf-8"))
        return loaded
    root = spec_dir or Path(__file__).resolve().parents[2] / "spec"
    files = sorted([root / "openapi.yaml", *(root / "parts").glob("*.yaml")])
    key = (str(root), tuple((str(f), f.stat().st_mtime) for f in files if f.exists()))
    cached = _CACHE.get(key)
    if cached is None:
        cached = _repository_module("generator.bundle", packaged).load_spec(root)
        _CACHE.clear()
        _CACHE[key] = cached
    return copy.deepcopy(cached)


def _repository_module(name: str, packaged: Path) -> Any:
    """A module of the repository's generator/ (the mock runs from the repository; any cwd)."""
    root = Path(__file__).resolve().parents[2]
    if not (root / "generator" / "__init__.py").is_file():
        raise RuntimeError(
            f"the mock has no bundled spec ({packaged} is missing) and is not inside the repository: install"
            " acme-symbl-api-client[mock] from a wheel (it carries the spec), or run the mock from the repository"
        )
    if str(root) not in sys.path and "generator" not in sys.modules:
        sys.path.append(str(root))
    return importlib.import_module(name)
