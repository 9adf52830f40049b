"""Merge spec/openapi.yaml and spec/parts/*.yaml into one OpenAPI document.

Each part is a partial document holding `paths`, `webhooks` and `components`; every `$ref`
points inside the bundled document (`#/components/...`). Merging refuses a key defined twice,
so a schema has exactly one home. Output is deterministic: the root first, then the parts in
file-name order, each in its own key order.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
BUNDLE_PATH = ROOT / "build" / "openapi.yaml"
MERGED_SECTIONS = ("paths", "webhooks")


def resolve_named(doc: dict[str, Any], node: Any) -> tuple[str | None, Any]:
    """(name of the last component followed, `node` with its chain of local `$ref`s followed).

    The one `$ref` resolver of the build tools (generator, release, tests); the mock carries its
    own (`symbl_mock._refs`) because an installed mock has no generator.
    """
    name = None
    while isinstance(node, dict) and "$ref" in node:
        ref = str(node["$ref"])
        target: Any = doc
        for token in ref.removeprefix("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        name = ref.rsplit("/", 1)[-1]
        node = target
    return name, node


def resolve(doc: dict[str, Any], node: Any) -> Any:
    """`node` with its chain of local `$ref`s followed."""
    return resolve_named(doc, node)[1]


class SpecError(Exception):
    """The spec files cannot be merged; the message names the file and key."""


def _load(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except yaml.YAMLError as exc:
        raise SpecError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise SpecError(f"{path}: expected a mapping at the top level")
    return data


def _merge_into(target: dict[str, Any], extra: dict[str, Any], where: str) -> None:
    for key, value in extra.items():
        if key in target:
            raise SpecError(f"{where}: '{key}' is already defined elsewhere; define it in one file only")
        target[key] = value


def load_spec(spec_dir: Path = SPEC_DIR) -> dict[str, Any]:
    """Return the bundled spec as a Python mapping."""
    doc = _load(spec_dir / "openapi.yaml")
    for section in MERGED_SECTIONS:
        doc[section] = dict(doc.get(section) or {})
    components = doc.setdefault("components", {})
    for part_path in sorted((spec_dir / "parts").glob("*.yaml")):
        part = _load(part_path)
        unknown = set(part) - {*MERGED_SECTIONS, "components"}
        if unknown:
            raise SpecError(
                f"{part_path.name}: only paths, webhooks and components may appear in a part, not {sorted(unknown)}"
            )
        for section in MERGED_SECTIONS:
            _merge_into(doc[section], part.get(section) or {}, f"{part_path.name} {section}")
        for kind, entries in (part.get("components") or {}).items():
            _merge_into(components.setdefault(kind, {}), entries or {}, f"{part_path.name} components.{kind}")
    if not doc["webhooks"]:
        del doc["webhooks"]
    return doc


def dump_spec(doc: dict[str, Any]) -> str:
    """Serialise deterministically (insertion order kept, no aliases, fixed width)."""

    class _NoAliasDumper(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return True

    text: str = yaml.dump(doc, Dumper=_NoAliasDumper, sort_keys=False, allow_unicode=True, width=100)
    return text


def bundle(spec_dir: Path = SPEC_DIR, out: Path = BUNDLE_PATH) -> Path:
    """Write the bundled spec to `out` (and the AsyncAPI bundle beside it); return its path."""
    from .realtime import bundle_asyncapi

    doc = load_spec(spec_dir)
    bundle_asyncapi(doc, spec_dir, out.parent / "asyncapi.yaml")
    text = dump_spec(doc)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not out.exists() or out.read_text(encoding="utf-8") != text:
        out.write_text(text, encoding="utf-8")
    return out


def spec_sha256(path: Path = BUNDLE_PATH) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
