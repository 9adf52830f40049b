"""`python -m release spec-diff [--base REF] [--strict]` and `python -m release publish [--dist DIR]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.bundle import ROOT

from . import publish, spec_diff


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m release", description=__doc__)
    parser.add_argument("--repo", type=Path, default=ROOT, help="repository root (default: this checkout)")
    commands = parser.add_subparsers(dest="command", required=True)
    diff = commands.add_parser("spec-diff", help="classify spec and client changes since a ref; check the version bump")
    diff.add_argument("--base", help="git ref of the last release (default: the latest v* tag)")
    diff.add_argument("--strict", action="store_true", help="also fail when the bump is smaller than semver asks for")
    diff.add_argument("--output", type=Path, help="changelog entry file (default: build/CHANGELOG-entry.md)")
    upload = commands.add_parser("publish", help="upload dist/ to INDEX_URL after the release checks")
    upload.add_argument("--dist", type=Path, help="folder with the sdist and wheel (default: dist/, built if empty)")
    args = parser.parse_args(argv)
    repo: Path = args.repo.resolve()
    if args.command == "spec-diff":
        return spec_diff.main(repo=repo, base=args.base, strict=args.strict, output=args.output)
    return publish.main(repo=repo, dist=args.dist)


if __name__ == "__main__":
    sys.exit(main())
