"""The public Python surface of the client, and what changed in it between two copies.

A spec diff cannot see breaks that come from templates or overrides (a renamed method, a
parameter turned keyword-only, an export dropped from `symbl_api`), so both copies are imported
in a subprocess each and compared: exports of `symbl_api`, its `models` names, and for every
class exported by `symbl_api` or defined in `_symbl_api_generated.resources` its public
members with their parameters (kind, required, default, annotation) and return annotation.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

Impact = Literal["major", "minor", "patch"]

_INTROSPECT = Path(__file__).with_name("_introspect.py")
# Which ways of passing an argument each parameter kind accepts.
_FORMS = {
    "POSITIONAL_ONLY": {"positional"},
    "POSITIONAL_OR_KEYWORD": {"positional", "keyword"},
    "KEYWORD_ONLY": {"keyword"},
    "VAR_POSITIONAL": {"positional"},
    "VAR_KEYWORD": {"keyword"},
}


class SurfaceError(Exception):
    """One copy of the client could not be imported or introspected."""


@dataclass(frozen=True)
class SurfaceChange:
    """One difference: `member` of `owner` (a class or module; no member for the owner itself)."""

    impact: Impact
    owner: str
    member: str
    what: str

    @property
    def breaking(self) -> bool:
        return self.impact == "major"

    @property
    def subject(self) -> str:
        return f"{self.owner}.{self.member}" if self.member else self.owner


def collect(generated_root: Path, overrides_root: Path | None, *, workdir: Path) -> dict[str, Any]:
    """Import `_symbl_api_generated` from `generated_root` (and `symbl_api` from `overrides_root`)
    in a fresh interpreter and return the surface it reports."""
    generated_root = generated_root.resolve()
    overrides_root = overrides_root.resolve() if overrides_root else None
    paths = [str(generated_root)] + ([str(overrides_root)] if overrides_root else [])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _INTROSPECT.read_text(encoding="utf-8"),
            str(generated_root),
            str(overrides_root or "-"),
        ],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-15:])
        raise SurfaceError(f"could not import the client from {generated_root}:\n{tail}")
    data: dict[str, Any] = json.loads(done.stdout)
    return data


def _machinery_changes(old: dict[str, str], new: dict[str, str]) -> list[SurfaceChange]:
    """One major change per switch of what models are built on (e.g. attrs → msgspec.Struct):
    construction, `repr`, unknown-field handling and helper methods all follow the machinery."""
    moved: dict[tuple[str, str], list[str]] = {}
    for name in sorted(set(old) & set(new)):
        if old[name] != new[name]:
            moved.setdefault((old[name], new[name]), []).append(name)
    changes = []
    for (before, after), names in sorted(moved.items()):
        shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        what = f"{len(names)} model(s) now built on {after} instead of {before}: {shown}"
        changes.append(SurfaceChange("major", "symbl_api.models", "", what))
    return changes


def _short(qualified: str) -> str:
    return qualified.rsplit(".", 1)[-1]


def _without_unset(annotation: str) -> str:
    return " | ".join(part for part in annotation.split(" | ") if part != "Unset")


def _param_changes(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[tuple[Impact, str]]:
    found: list[tuple[Impact, str]] = []
    before = {p["name"]: p for p in old}
    after = {p["name"]: p for p in new}
    for name, p in before.items():
        q = after.get(name)
        if q is None:
            if p["kind"] not in ("VAR_POSITIONAL", "VAR_KEYWORD"):
                found.append(("major", f"parameter `{name}` removed"))
            else:
                found.append(("major", f"`{'*' if p['kind'] == 'VAR_POSITIONAL' else '**'}{name}` removed"))
            continue
        if q["required"] and not p["required"]:
            found.append(("major", f"parameter `{name}` became required"))
        elif p["required"] and not q["required"]:
            found.append(("minor", f"parameter `{name}` became optional"))
        elif p["default"] != q["default"] and p["default"] is not None and q["default"] is not None:
            found.append(("patch", f"default of `{name}` changed: {p['default']} → {q['default']}"))
        lost = _FORMS[p["kind"]] - _FORMS[q["kind"]]
        if lost:
            found.append(("major", f"parameter `{name}` can no longer be passed as {' or '.join(sorted(lost))}"))
        elif p["kind"] != q["kind"]:
            found.append(("minor", f"parameter `{name}` now also accepted as {' or '.join(sorted(_FORMS[q['kind']]))}"))
        # `str | Unset` → `str` is how a parameter turning required shows; said once above.
        same_but_unset = _without_unset(p["annotation"]) == _without_unset(q["annotation"])
        if p["annotation"] != q["annotation"] and not (same_but_unset and p["required"] != q["required"]):
            found.append(("major", f"type of `{name}` changed: `{p['annotation']}` → `{q['annotation']}`"))
    for name, q in after.items():
        if name not in before:
            if q["required"]:
                found.append(("major", f"new required parameter `{name}`"))
            else:
                found.append(("minor", f"new optional parameter `{name}`"))
    # A caller passing positionally relies on the order of the positional parameters.
    old_positional = [p["name"] for p in old if p["kind"] in ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")]
    new_positional = [q["name"] for q in new if q["kind"] in ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")]
    kept = [n for n in old_positional if n in new_positional]
    if kept != new_positional[: len(kept)]:
        found.append(
            ("major", f"positional parameters reordered: ({', '.join(old_positional)}) → ({', '.join(new_positional)})")
        )
    return found


def _member_changes(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[Impact, str]]:
    if old["kind"] != new["kind"]:
        return [("major", f"changed from {old['kind']} to {new['kind']}")]
    found = _param_changes(old["params"], new["params"])
    # An attribute's recorded type is only what built it (`dict(...)`, a class name): presence is what counts.
    if old["returns"] != new["returns"] and old["kind"] != "attribute":
        label = "type" if old["kind"] == "property" else "return type"
        found.append(("major", f"{label} changed: `{old['returns']}` → `{new['returns']}`"))
    return found


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[SurfaceChange]:
    """Every difference from `old` to `new`, breaking ones marked major."""
    changes: list[SurfaceChange] = []
    for name in sorted(set(old["exports"]) | set(new["exports"])):
        a, b = old["exports"].get(name), new["exports"].get(name)
        if b is None:
            changes.append(SurfaceChange("major", "symbl_api", name, "removed from the public package"))
        elif a is None:
            if old["exports"]:
                changes.append(SurfaceChange("minor", "symbl_api", name, f"new {b}"))
        elif a != b:
            changes.append(SurfaceChange("major", "symbl_api", name, f"changed from {a} to {b}"))
    old_models, new_models = set(old["models"]), set(new["models"])
    for name in sorted(old_models - new_models):
        if new["exports"]:
            changes.append(SurfaceChange("major", "symbl_api.models", name, "model removed"))
    for name in sorted(new_models - old_models):
        if old["exports"]:
            changes.append(SurfaceChange("minor", "symbl_api.models", name, "new model"))
    changes.extend(_machinery_changes(old.get("model_machinery", {}), new.get("model_machinery", {})))
    for cls in sorted(set(old["classes"]) | set(new["classes"])):
        a, b = old["classes"].get(cls), new["classes"].get(cls)
        if b is None:
            # Without a public package at one ref, its classes are simply not compared.
            if not cls.startswith("symbl_api.") or new["exports"]:
                changes.append(SurfaceChange("major", _short(cls), "", "class removed"))
            continue
        if a is None:
            if not cls.startswith("symbl_api.") or old["exports"]:
                changes.append(SurfaceChange("minor", _short(cls), "", "new class"))
            continue
        owner = _short(cls)
        for member in sorted(set(a) | set(b)):
            if member not in b:
                changes.append(SurfaceChange("major", owner, member, f"{a[member]['kind']} removed"))
            elif member not in a:
                changes.append(SurfaceChange("minor", owner, member, f"new {b[member]['kind']}"))
            else:
                changes.extend(
                    SurfaceChange(i, owner, member, what) for i, what in _member_changes(a[member], b[member])
                )
    return changes


__all__ = ["SurfaceChange", "SurfaceError", "collect", "compare"]
