"""`python -m release spec-diff`: planted changes in a throw-away git repository.

The repository holds copies of spec/, generated/ and overrides/ committed and tagged with the
spec's current version (v{VERSION}); each test edits its working tree (never the real spec/)
and compares it with that tag. Versions are derived from the spec, so bumping `info.version`
for a release leaves these tests valid.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.bundle import ROOT
from release.spec_diff import Report, build_report, render_changelog
from release.surface import compare

BOOKMARK = "/v1/conversations/{conversationId}/bookmarks/{bookmarkId}"
VERSION = str(yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))["info"]["version"])
_MAJOR, _MINOR = (int(part) for part in VERSION.split(".")[:2])
NEXT_MAJOR, NEXT_MINOR = f"{_MAJOR + 1}.0.0", f"{_MAJOR}.{_MINOR + 1}.0"
TAG = f"v{VERSION}"
# A path and operation no one will add to the real spec, so the planted addition never collides.
PROBE_PATH = "/v1/conversations/{conversationId}/zz-release-test-probe"
PROBE = {
    "get": {
        "operationId": "getZzReleaseTestProbe",
        "tags": ["conversations"],
        "summary": "Release test probe",
        "description": "An operation planted by the release tests.",
        "parameters": [{"$ref": "#/components/parameters/conversationId"}],
        "responses": {
            "200": {
                "description": "The probe.",
                "content": {
                    "application/json": {"schema": {"type": "object", "properties": {"text": {"type": "string"}}}}
                },
            },
            "401": {"$ref": "#/components/responses/Unauthorized"},
        },
    }
}


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=release-test", "-c", "user.email=release-test@example.invalid", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="module")
def tagged_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """TAG = the real spec/generated/overrides; `old-templates` = the same spec with a generated
    tree as an older generator might have written it (one more optional parameter)."""
    repo = tmp_path_factory.mktemp("spec-diff") / "repo"
    for folder in ("spec", "generated/_symbl_api_generated", "overrides/symbl_api"):
        shutil.copytree(ROOT / folder, repo / folder, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", f"release {VERSION}")
    _git(repo, "tag", TAG)
    resources = repo / "generated/_symbl_api_generated/resources/jobs.py"
    text = resources.read_text(encoding="utf-8")
    old = "    def get_job_status(\n        self,\n        job_id: UUID,\n"
    assert text.count(old) >= 2, "resources/jobs.py changed shape; update this test"
    resources.write_text(text.replace(old, old + "        legacy: bool = False,\n"), encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "as an older template rendered it")
    _git(repo, "tag", "old-templates")
    _git(repo, "reset", "-q", "--hard", TAG)
    return repo


@pytest.fixture
def repo(tagged_repo: Path) -> Iterator[Path]:
    yield tagged_repo
    _git(tagged_repo, "reset", "-q", "--hard", TAG)
    _git(tagged_repo, "clean", "-q", "-fdx")


def _edit_part(repo: Path, part: str, change: Any) -> None:
    path = repo / "spec" / "parts" / part
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _set_version(repo: Path, version: str, *, was: str = VERSION) -> None:
    root = repo / "spec" / "openapi.yaml"
    text = root.read_text(encoding="utf-8")
    assert f"\n  version: {was}\n" in text
    root.write_text(text.replace(f"\n  version: {was}\n", f"\n  version: {version}\n", 1), encoding="utf-8")


def _drop_links_to(node: Any, operation_id: str) -> None:
    """Remove response links that name `operation_id` (a real removal takes them along)."""
    if isinstance(node, dict):
        links = node.get("links")
        if isinstance(links, dict):
            for name in [
                n for n, link in links.items() if isinstance(link, dict) and link.get("operationId") == operation_id
            ]:
                del links[name]
            if not links:
                del node["links"]
        for value in node.values():
            _drop_links_to(value, operation_id)
    elif isinstance(node, list):
        for value in node:
            _drop_links_to(value, operation_id)


def _remove_delete_bookmark(doc: dict[str, Any]) -> None:
    del doc["paths"][BOOKMARK]["delete"]
    _drop_links_to(doc, "deleteBookmark")


def _require_filter(doc: dict[str, Any]) -> None:
    doc["components"]["parameters"]["Filter"]["required"] = True


def _spec_diff(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "release", "--repo", str(repo), "spec-diff", *args],
        cwd=ROOT,
        env={**os.environ},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_removed_operation_fails_until_the_major_version_is_bumped(repo: Path) -> None:
    _edit_part(repo, "bookmarks.yaml", _remove_delete_bookmark)
    done = _spec_diff(repo)  # base: the latest v* tag
    assert done.returncode == 1, done.stdout + done.stderr
    assert "### Breaking changes" in done.stdout
    assert "`operation-removed`" in done.stdout or "`path-removed`" in done.stdout
    assert "- `delete_bookmark`: method removed (in " in done.stdout
    assert "need a MAJOR version bump" in done.stderr
    assert f"Set it to {NEXT_MAJOR}" in done.stderr
    assert (repo / "build" / "CHANGELOG-entry.md").read_text(encoding="utf-8") == done.stdout

    _set_version(repo, NEXT_MAJOR)
    done = _spec_diff(repo, "--base", TAG)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith(f"## {NEXT_MAJOR}\n")
    assert "version bump **major**, changes ask for **major**" in done.stdout
    assert "FAILED" not in done.stderr and "warning" not in done.stderr


def test_newly_required_parameter_fails_until_the_major_version_is_bumped(repo: Path) -> None:
    _edit_part(repo, "conversations.yaml", _require_filter)
    _set_version(repo, NEXT_MINOR)  # a minor bump is not enough
    done = _spec_diff(repo, "--base", TAG)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "`filter` query parameter became required" in done.stdout
    assert "`parameter-became-required`" in done.stdout
    assert "- `list_conversations`: parameter `filter_` became required (in " in done.stdout
    assert (
        f"info.version in spec/openapi.yaml is {NEXT_MINOR} ({VERSION} at {TAG}). Set it to {NEXT_MAJOR}" in done.stderr
    )

    _set_version(repo, NEXT_MAJOR, was=NEXT_MINOR)
    done = _spec_diff(repo, "--base", TAG)
    assert done.returncode == 0, done.stdout + done.stderr


def test_non_breaking_addition_passes(repo: Path) -> None:
    _edit_part(
        repo,
        "conversations.yaml",
        lambda doc: doc["paths"].update({PROBE_PATH: PROBE}),
    )
    done = _spec_diff(repo, "--base", TAG)
    # Passes, but an unchanged version is reported: the index would refuse the same version again.
    assert done.returncode == 0, done.stdout + done.stderr
    assert "### Additions" in done.stdout and "### Breaking changes" not in done.stdout
    assert f"Path `{PROBE_PATH}` added." in done.stdout
    assert "- `get_zz_release_test_probe`: new method (in " in done.stdout
    assert (
        f"warning: the spec or client changed but info.version in spec/openapi.yaml did not ({VERSION})" in done.stderr
    )
    assert f"semver asks for a minor bump: {NEXT_MINOR}" in done.stderr

    report = build_report(repo, TAG)
    assert not report.breaking and report.required == "minor"
    errors, _ = report.problems(strict=True)
    assert errors and f"did not ({VERSION})" in errors[0]
    bumped = dataclasses.replace(report, head_version=NEXT_MINOR)
    assert bumped.problems(strict=True) == ([], [])
    assert "version bump **minor**, changes ask for **minor**" in render_changelog(bumped)


def test_an_export_dropped_from_the_public_package_is_breaking(repo: Path) -> None:
    init = repo / "overrides" / "symbl_api" / "__init__.py"
    text = init.read_text(encoding="utf-8")
    text = text.replace(", print_progress\n", "\n").replace('    "print_progress",\n', "")
    init.write_text(text, encoding="utf-8")
    report = build_report(repo, TAG)
    assert report.spec_changes == []
    assert [(c.owner, c.member, c.what) for c in report.surface_changes] == [
        ("symbl_api", "print_progress", "removed from the public package")
    ]
    errors, _ = report.problems(strict=False)
    assert errors and "0 in the API, 1 in the Python client" in errors[0]


def test_template_changes_show_in_the_python_surface_diff(repo: Path) -> None:
    # Same spec as `old-templates`, but its committed client had a parameter the current
    # templates no longer emit: invisible to redocly, breaking for callers.
    report = build_report(repo, "old-templates")
    assert report.spec_changes == []
    removed = {(c.owner, c.member, c.what) for c in report.surface_changes}
    assert ("JobsResource", "get_job_status", "parameter `legacy` removed") in removed
    assert report.breaking


def test_unknown_ref_is_explained(repo: Path) -> None:
    done = _spec_diff(repo, "--base", "no-such-ref")
    assert done.returncode == 2
    assert "'no-such-ref' is not a commit, tag or branch" in done.stderr


def _sig(*params: dict[str, Any], returns: str = "None") -> dict[str, Any]:
    return {"kind": "method", "params": list(params), "returns": returns}


def _p(
    name: str, kind: str = "KEYWORD_ONLY", required: bool = False, default: str | None = "UNSET", ann: str = "str"
) -> dict[str, Any]:
    return {
        "name": name,
        "kind": kind,
        "required": required,
        "default": None if required else default,
        "annotation": ann,
    }


def _surface(members: dict[str, Any], exports: dict[str, str] | None = None) -> dict[str, Any]:
    return {"version": "1", "exports": exports or {"Symbl": "class"}, "models": ["A"], "classes": {"m.C": members}}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (_sig(_p("a")), _sig(_p("a"), _p("b")), [("minor", "new optional parameter `b`")]),
        (_sig(_p("a")), _sig(_p("a"), _p("b", required=True)), [("major", "new required parameter `b`")]),
        (_sig(_p("a")), _sig(_p("a", required=True)), [("major", "parameter `a` became required")]),
        (
            _sig(_p("a", "POSITIONAL_OR_KEYWORD")),
            _sig(_p("a")),
            [("major", "parameter `a` can no longer be passed as positional")],
        ),
        (
            _sig(_p("a")),
            _sig(_p("a", "POSITIONAL_OR_KEYWORD")),
            [("minor", "parameter `a` now also accepted as keyword or positional")],
        ),
        (_sig(_p("a", ann="int")), _sig(_p("a", ann="str")), [("major", "type of `a` changed: `int` → `str`")]),
        (_sig(_p("a", default="1")), _sig(_p("a", default="2")), [("patch", "default of `a` changed: 1 → 2")]),
        (_sig(returns="X"), _sig(returns="Y"), [("major", "return type changed: `X` → `Y`")]),
        (
            _sig(_p("a", "POSITIONAL_OR_KEYWORD", True), _p("b", "POSITIONAL_OR_KEYWORD", True)),
            _sig(_p("b", "POSITIONAL_OR_KEYWORD", True), _p("a", "POSITIONAL_OR_KEYWORD", True)),
            [("major", "positional parameters reordered: (a, b) → (b, a)")],
        ),
    ],
)
def test_signature_changes_are_rated(old: dict[str, Any], new: dict[str, Any], expected: list[tuple[str, str]]) -> None:
    changes = compare(_surface({"f": old}), _surface({"f": new}))
    assert [(c.impact, c.what) for c in changes] == expected


def test_removed_and_added_members_classes_exports_and_models() -> None:
    old = _surface({"f": _sig(), "g": _sig()}, {"Symbl": "class", "gone": "function"})
    new = {**_surface({"f": _sig(), "h": _sig()}, {"Symbl": "class", "fresh": "function"}), "models": ["B"]}
    new["classes"]["m.D"] = {}
    rated = {(c.impact, c.subject, c.what) for c in compare(old, new)}
    assert rated == {
        ("major", "symbl_api.gone", "removed from the public package"),
        ("minor", "symbl_api.fresh", "new function"),
        ("major", "symbl_api.models.A", "model removed"),
        ("minor", "symbl_api.models.B", "new model"),
        ("major", "C.g", "method removed"),
        ("minor", "C.h", "new method"),
        ("minor", "D", "new class"),
    }


def test_version_going_backwards_fails() -> None:
    report = Report(base_ref="v1.0.0", base_version="1.0.0", head_version="0.9.0", spec_changes=[], surface_changes=[])
    errors, _ = report.problems(strict=False)
    assert errors == ["info.version in spec/openapi.yaml went backwards: 1.0.0 at v1.0.0, 0.9.0 now."]
