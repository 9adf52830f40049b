"""generated/ is exactly what spec/ + generator/ produce, and generation is deterministic."""

from __future__ import annotations

from pathlib import Path

from generator.__main__ import diff_trees
from generator.bundle import bundle
from generator.driver import OUTPUT_DIR, generate_into


def test_generated_tree_is_current_and_deterministic(tmp_path: Path) -> None:
    spec = bundle(out=tmp_path / "openapi.yaml")
    first = generate_into(tmp_path / "a" / OUTPUT_DIR.name, spec)
    second = generate_into(tmp_path / "b" / OUTPUT_DIR.name, spec)
    assert diff_trees(first, second) == [], "two generations of the same spec differ"
    stale = diff_trees(first, OUTPUT_DIR)
    assert stale == [], "generated/ is stale; run `make generate`:\n" + "".join(stale[:80])


def test_every_generated_file_carries_the_do_not_edit_header() -> None:
    for path in OUTPUT_DIR.rglob("*.py"):
        assert path.read_text(encoding="utf-8").startswith("# DO NOT EDIT"), path
