"""Where the mock's spec comes from: the bundled spec a wheel carries, or spec/ of the repository
bundled by the project's one bundler (generator/bundle.py)."""

from __future__ import annotations

import copy
import importlib.util
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
        cached = _repository_bundler(packaged).load_spec(root)
        _CACHE.clear()
        _CACHE[key] = cached
    return copy.deepcopy(cached)


def _repository_bundler(packaged: Path) -> Any:
    """generator/bundle.py of the repository this mock lives in, loaded by path (from any cwd)."""
    source = Path(__file__).resolve().parents[2] / "generator" / "bundle.py"
    found = importlib.util.spec_from_file_location("generator.bundle", source) if source.is_file() else None
    if found is None or found.loader is None:
        raise RuntimeError(
            f"the mock has no bundled spec ({packaged} is missing) and is not inside the repository: install"
            " acme-symbl-api-client[mock] from a wheel (it carries the spec), or run the mock from the repository"
        )
    module = sys.modules.get("generator.bundle")
    if module is None:
        module = importlib.util.module_from_spec(found)
        found.loader.exec_module(module)
    return module
