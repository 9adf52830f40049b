"""The benchmark suite (issue 8): `python -m tests.bench [--quick] [--check]`; see `__main__`."""

from __future__ import annotations

import sys
from pathlib import Path

# `python -m tests.bench` from the repository root: the mock must be importable, as under pytest.
_MOCK = str(Path(__file__).resolve().parents[2] / "mock")
if _MOCK not in sys.path:
    sys.path.insert(1, _MOCK)
