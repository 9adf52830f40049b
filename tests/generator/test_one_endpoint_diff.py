"""Adding one operation to the spec changes only the generated files that are about it.

Provenance (spec hash, generator fingerprint) lives in `_meta.py` alone, so a spec change does
not rewrite every file's header, and no per-tag file of another tag is touched.
"""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

from generator.__main__ import _tree
from generator.bundle import SPEC_DIR, bundle
from generator.driver import OUTPUT_DIR, generate_into
from tests.client.test_new_operation import NEW_PART


def test_adding_an_operation_touches_only_its_own_files(tmp_path: Path) -> None:
    spec_copy = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, spec_copy)
    (spec_copy / "parts" / "zz_regeneration_probe.yaml").write_text(NEW_PART, encoding="utf-8")
    fresh = generate_into(tmp_path / "generated" / OUTPUT_DIR.name, bundle(spec_dir=spec_copy, out=tmp_path / "b.yaml"))
    before, after = _tree(OUTPUT_DIR), _tree(fresh)
    changed = {
        name
        for name in set(before) | set(after)
        if name not in before or name not in after or not filecmp.cmp(before[name], after[name], shallow=False)
    }
    assert changed == {
        "_meta.py",  # the spec hash
        "_operations.py",  # the operation's row
        "api/conversations/get_zz_regeneration_probe.py",
        "models/__init__.py",
        "models/zz_regeneration_probe_list.py",
        "models/zz_regeneration_probe_list_highlights_item.py",
        "resources/conversations.py",  # the tag's resources
        "resources/_handles.py",  # the conversation handle gains the method
    }
