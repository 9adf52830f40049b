"""`python -m generator bundle|generate|check`."""

from __future__ import annotations

import argparse
import difflib
import filecmp
import shutil
import sys
import tempfile
import time
from pathlib import Path

from .bundle import SpecError, bundle
from .driver import OUTPUT_DIR, GenerationError, generate_into


def _tree(root: Path) -> dict[str, Path]:
    return {
        p.relative_to(root).as_posix(): p
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Unified diff lines that turn `actual` (committed) into `expected` (fresh)."""
    fresh, committed = _tree(expected), _tree(actual)
    lines: list[str] = []
    for name in sorted(set(fresh) | set(committed)):
        if name in fresh and name in committed and filecmp.cmp(fresh[name], committed[name], shallow=False):
            continue
        old = committed[name].read_text(encoding="utf-8").splitlines(keepends=True) if name in committed else []
        new = fresh[name].read_text(encoding="utf-8").splitlines(keepends=True) if name in fresh else []
        lines.extend(difflib.unified_diff(old, new, f"generated/{name}", f"regenerated/{name}"))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("command", choices=["bundle", "generate", "check"])
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        spec_path = bundle()
        if args.command == "bundle":
            print(f"bundled spec: {spec_path}")
        elif args.command == "generate":
            with tempfile.TemporaryDirectory() as tmp:
                fresh = generate_into(Path(tmp) / OUTPUT_DIR.name, spec_path)
                if OUTPUT_DIR.exists():
                    shutil.rmtree(OUTPUT_DIR)
                shutil.copytree(fresh, OUTPUT_DIR)
            print(f"generated {OUTPUT_DIR} in {time.monotonic() - started:.1f} s")
        else:
            with tempfile.TemporaryDirectory() as tmp:
                fresh = generate_into(Path(tmp) / OUTPUT_DIR.name, spec_path)
                lines = diff_trees(fresh, OUTPUT_DIR)
            if lines:
                sys.stdout.writelines(lines)
                print(
                    "\ngenerated/ is stale: it differs from what spec/ and generator/ produce (diff above)."
                    "\nRun `make generate` and commit the result.",
                    file=sys.stderr,
                )
                return 1
            print(f"generated/ is up to date ({time.monotonic() - started:.1f} s)")
    except (SpecError, GenerationError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
