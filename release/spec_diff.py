"""`python -m release spec-diff --base REF`: classify what changed since REF and check the version.

Two views of one change set:

- the API, by `redocly diff` (a maintained OpenAPI 3.1 differ; oasdiff cannot be installed here)
  on the bundled spec at REF and the bundled spec of the working tree;
- the public Python surface, by importing REF's committed `generated/` + `overrides/` and a
  fresh generation of the working tree's spec with the working tree's generator, each in its own
  interpreter. Using REF's committed package (not the current generator run on REF's spec) is
  what lets template and override changes show up.

Breaking on either side needs a MAJOR bump of `info.version`, or the command fails. A version
that did not change although something did is reported (and fails with `--strict`, as does a
bump smaller than semver asks for). The changelog entry goes to stdout and to a file.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from packaging.version import InvalidVersion, Version

from generator.bundle import ROOT, SpecError, dump_spec, load_spec
from generator.driver import PACKAGE_NAME, GenerationError, generate_into

from .surface import SurfaceChange, SurfaceError, collect, compare

# Same pin as the Makefile's REDOCLY.
REDOCLY = ["npx", "--yes", "@redocly/cli@2.77.0"]
SPEC = "spec"
GENERATED = f"generated/{PACKAGE_NAME}"
OVERRIDES = "overrides/symbl_api"
CHANGELOG_ENTRY = Path("build") / "CHANGELOG-entry.md"
Bump = Literal["major", "minor", "patch", "none"]
_RANK: dict[str, int] = {"none": 0, "patch": 1, "minor": 2, "major": 3}
_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
_BUMPS: tuple[Bump, ...] = ("none", "patch", "minor", "major")


class ReleaseError(Exception):
    """A precondition failed (unknown ref, tool missing, spec unreadable); the message says which."""


@dataclass(frozen=True)
class SpecChange:
    """One change as redocly rates it."""

    impact: str
    kind: str
    pointer: str
    type_name: str
    messages: tuple[str, ...]
    rules: tuple[str, ...]

    @property
    def breaking(self) -> bool:
        return self.impact == "major"

    def describe(self) -> str:
        rules = f" (`{'`, `'.join(self.rules)}`)" if self.rules else ""
        if self.messages:
            return " ".join(self.messages) + rules
        steps = [s.replace("~1", "/").replace("~0", "~") for s in self.pointer.removeprefix("#/").split("/")]
        if steps[0] == "paths" and len(steps) == 2:
            return f"Path `{steps[1]}` {self.kind}." + rules
        if steps[0] == "paths" and len(steps) == 3 and steps[2] in _METHODS:
            return f"Operation `{steps[2].upper()} {steps[1]}` {self.kind}." + rules
        return f"{self.type_name or 'Node'} `{'.'.join(steps)}` {self.kind}." + rules


@dataclass
class Report:
    """Everything the verdict and the changelog entry are made from."""

    base_ref: str
    base_version: str
    head_version: str
    spec_changes: list[SpecChange]
    surface_changes: list[SurfaceChange]
    notes: list[str] = field(default_factory=list)

    @property
    def required(self) -> Bump:
        impacts = [c.impact for c in self.spec_changes] + [c.impact for c in self.surface_changes]
        return _BUMPS[max((_RANK.get(i, 0) for i in impacts), default=0)]

    @property
    def bump(self) -> str:
        """major, minor, patch, suffix (post/local/pre-release only), none or downgrade."""
        old, new = Version(self.base_version), Version(self.head_version)
        if new == old:
            return "none"
        if new < old:
            return "downgrade"
        if new.major != old.major:
            return "major"
        if new.minor != old.minor:
            return "minor"
        if new.micro != old.micro:
            return "patch"
        return "suffix"

    @property
    def breaking(self) -> bool:
        return any(c.breaking for c in self.spec_changes) or any(c.breaking for c in self.surface_changes)

    def problems(self, *, strict: bool) -> tuple[list[str], list[str]]:
        """(errors, warnings) for the version rule."""
        errors: list[str] = []
        warnings: list[str] = []
        where = "info.version in spec/openapi.yaml"
        old, new = Version(self.base_version), Version(self.head_version)
        if self.bump == "downgrade":
            errors.append(f"{where} went backwards: {old} at {self.base_ref}, {new} now.")
        elif self.breaking and self.bump != "major":
            api = sum(c.breaking for c in self.spec_changes)
            python = len(group_surface([c for c in self.surface_changes if c.breaking]))
            errors.append(
                f"breaking changes ({api} in the API, {python} in the Python client; listed above) need a MAJOR"
                f" version bump, but {where} is {new}"
                f" ({old} at {self.base_ref}). Set it to {old.major + 1}.0.0, run `make generate`, and commit."
            )
        elif self.required != "none" and self.bump == "none":
            suggested = (
                f"{old.major}.{old.minor + 1}.0"
                if self.required == "minor"
                else f"{old.major}.{old.minor}.{old.micro + 1}"
            )
            warnings.append(
                f"the spec or client changed but {where} did not ({new}): publishing would be refused because"
                f" {new} is already released. Bump it (semver asks for a {self.required} bump: {suggested})."
            )
        elif _RANK[self.required] > _RANK.get(self.bump, 1):
            warnings.append(
                f"semver asks for a {self.required} bump for these changes; {old} → {new} is a {self.bump} bump."
            )
        if strict:
            errors.extend(warnings)
            warnings = []
        return errors, warnings


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)
    except FileNotFoundError as exc:
        raise ReleaseError("git is not installed; spec-diff reads the base spec from git") from exc


def latest_release_tag(repo: Path) -> str | None:
    """The most recent `v*` tag reachable from HEAD, if any."""
    done = _git(repo, "describe", "--tags", "--abbrev=0", "--match", "v[0-9]*")
    tag = done.stdout.decode().strip()
    return tag if done.returncode == 0 and tag else None


def export_ref(repo: Path, ref: str, target: Path) -> list[str]:
    """Extract spec/, generated/ and overrides/ of `ref` into `target`; return which were there."""
    if _git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode != 0:
        raise ReleaseError(f"'{ref}' is not a commit, tag or branch of the repository at {repo}")
    prefix = _git(repo, "rev-parse", "--show-prefix").stdout.decode().strip()
    tree = f"{ref}:{prefix}" if prefix else ref
    listed = _git(repo, "ls-tree", "-d", "--name-only", tree, "--", SPEC, GENERATED, OVERRIDES)
    present = [p for p in listed.stdout.decode().splitlines() if p]
    if SPEC not in present:
        raise ReleaseError(f"'{ref}' has no {SPEC}/ folder: pick the ref of the last release")
    archive = _git(repo, "archive", "--format=tar", tree, "--", *present)
    if archive.returncode != 0:
        raise ReleaseError(f"git archive {ref} failed: {archive.stderr.decode().strip()}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python >= 3.11.4: refuse links and paths leaving target
            tar.extractall(target, filter="data")
        else:  # pragma: no cover - git archive output of our own repository
            tar.extractall(target)
    return present


def _clean(output: str) -> str:
    """redocly's output without npm's and Node's banners."""
    noise = ("npm warn", "║", "╔", "╚", "Node.js", "nodejs.org")
    return "\n".join(line for line in output.splitlines() if line.strip() and not any(n in line for n in noise))


def redocly_diff(base: Path, head: Path, workdir: Path) -> list[SpecChange]:
    """Run `redocly diff` (JSON report) and return its rated changes."""
    out = workdir / "redocly-diff.json"
    # Run inside the scratch folder: a redocly.yaml of the caller's folder must not apply.
    command = [*REDOCLY, "diff", str(base), str(head), "--format", "json", "-o", str(out), "--fail-on", "none"]
    try:
        done = subprocess.run(command, cwd=workdir, capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        raise ReleaseError(
            "npx is not installed: install Node.js 20+ (redocly diff classifies the spec changes)"
        ) from exc
    if done.returncode != 0 or not out.exists():
        raise ReleaseError(f"redocly diff failed (exit {done.returncode}):\n{_clean(done.stdout + done.stderr)}")
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    changes = []
    for change in report.get("changes", []):
        verdicts = change.get("verdicts") or []
        changes.append(
            SpecChange(
                impact=str(change.get("impact", "patch")),
                kind=str(change.get("kind", "modified")),
                pointer=str(change.get("path", "")),
                type_name=str(change.get("typeName", "")),
                messages=tuple(str(v["message"]) for v in verdicts if v.get("message")),
                rules=tuple(dict.fromkeys(str(v["ruleId"]) for v in verdicts if v.get("ruleId"))),
            )
        )
    return changes


def _version_of(doc: dict[str, Any], where: str) -> str:
    raw = str((doc.get("info") or {}).get("version", ""))
    try:
        Version(raw)
    except InvalidVersion as exc:
        raise ReleaseError(f"info.version '{raw}' of {where} is not a version number (PEP 440, e.g. 1.2.0)") from exc
    return raw


def build_report(
    repo: Path,
    base_ref: str,
    *,
    spec_dir: Path | None = None,
    overrides_dir: Path | None = None,
) -> Report:
    """Compare `base_ref` of `repo` with the working tree (or the given spec/overrides folders)."""
    spec_dir = spec_dir or repo / SPEC
    overrides_dir = overrides_dir or repo / OVERRIDES
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="spec-diff-") as scratch:
        tmp = Path(scratch)
        present = export_ref(repo, base_ref, tmp / "base")
        try:
            base_doc = load_spec(tmp / "base" / SPEC)
            head_doc = load_spec(spec_dir)
        except SpecError as exc:
            raise ReleaseError(str(exc)) from exc
        base_spec, head_spec = tmp / "base.yaml", tmp / "head.yaml"
        base_spec.write_text(dump_spec(base_doc), encoding="utf-8")
        head_spec.write_text(dump_spec(head_doc), encoding="utf-8")
        spec_changes = redocly_diff(base_spec, head_spec, tmp)

        try:
            base_generated = tmp / "base" / GENERATED
            if GENERATED not in present:
                notes.append(
                    f"{base_ref} has no committed {GENERATED}/: its client was generated with the current generator."
                )
                generate_into(tmp / "base-gen" / PACKAGE_NAME, base_spec)
                base_generated = tmp / "base-gen" / PACKAGE_NAME
            base_overrides: Path | None = tmp / "base" / OVERRIDES
            if OVERRIDES not in present:
                notes.append(f"{base_ref} has no {OVERRIDES}/: only the generated resources were compared.")
                base_overrides = None
            head_generated = generate_into(tmp / "head-gen" / PACKAGE_NAME, head_spec)
        except GenerationError as exc:
            raise ReleaseError(f"generating the client failed: {exc}") from exc
        try:
            old = collect(base_generated.parent, base_overrides.parent if base_overrides else None, workdir=tmp)
            new = collect(head_generated.parent, overrides_dir.parent, workdir=tmp)
        except SurfaceError as exc:
            raise ReleaseError(str(exc)) from exc
        shutil.rmtree(tmp / "base", ignore_errors=True)
    return Report(
        base_ref=base_ref,
        base_version=_version_of(base_doc, base_ref),
        head_version=_version_of(head_doc, "the working tree"),
        spec_changes=spec_changes,
        surface_changes=compare(old, new),
        notes=notes,
    )


def group_surface(changes: list[SurfaceChange]) -> dict[tuple[str, str], list[str]]:
    """(member, change) → the classes it appears in: one API change shows in sync, async, raw and handle."""
    grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
    for c in changes:
        grouped[(c.member, c.what.replace("async method", "method"))].append(c.owner)
    return grouped


def _surface_lines(changes: list[SurfaceChange]) -> list[str]:
    lines = []
    for (member, what), owners in group_surface(changes).items():
        names = ", ".join(f"`{o}`" for o in sorted(set(owners)))
        lines.append(f"- `{member}`: {what} (in {names})" if member else f"- {names}: {what}")
    return lines


def render_changelog(report: Report) -> str:
    """The markdown changelog entry."""
    lines = [f"## {report.head_version}", ""]
    lines.append(
        f"Compared with `{report.base_ref}` ({report.base_version}): version bump **{report.bump}**,"
        f" changes ask for **{report.required}**."
    )
    lines.append("")
    sections = (
        ("Breaking changes", "major"),
        ("Additions", "minor"),
        ("Other changes", "patch"),
    )
    any_change = False
    for title, impact in sections:
        spec = [c for c in report.spec_changes if c.impact == impact and c.pointer != "#/info"]
        surface = [c for c in report.surface_changes if c.impact == impact]
        if not spec and not surface:
            continue
        any_change = True
        lines += [f"### {title}", ""]
        lines += [f"- API: {c.describe()}" for c in spec]
        if surface:
            if spec:
                lines.append("")
            lines.append("Python client:")
            lines.append("")
            lines += _surface_lines(surface)
        lines.append("")
    if not any_change:
        lines += ["No change to the API or the Python client.", ""]
    if report.notes:
        lines += ["Notes:", ""] + [f"- {n}" for n in report.notes] + [""]
    return "\n".join(lines)


def main(*, repo: Path = ROOT, base: str | None, strict: bool, output: Path | None) -> int:
    base = base or latest_release_tag(repo)
    if not base:
        print(
            "spec-diff: no base given and no v* release tag found: run `make spec-diff BASE=<git ref of the last release>`",
            file=sys.stderr,
        )
        return 2
    try:
        report = build_report(repo, base)
    except ReleaseError as exc:
        print(f"spec-diff: {exc}", file=sys.stderr)
        return 2
    entry = render_changelog(report)
    target = output or repo / CHANGELOG_ENTRY
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(entry, encoding="utf-8")
    sys.stdout.write(entry)
    sys.stdout.flush()
    errors, warnings = report.problems(strict=strict)
    for warning in warnings:
        print(f"spec-diff: warning: {warning}", file=sys.stderr)
    for error in errors:
        print(f"spec-diff: FAILED: {error}", file=sys.stderr)
    print(f"spec-diff: changelog entry written to {target}", file=sys.stderr)
    return 1 if errors else 0


__all__ = ["ReleaseError", "Report", "SpecChange", "build_report", "group_surface", "main", "render_changelog"]
