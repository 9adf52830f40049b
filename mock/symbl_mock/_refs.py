"""JSON pointers and `$ref` chains, resolved in one place (the mock's spec index and the mock's
tests both use these)."""

from __future__ import annotations

from typing import Any

MAX_CHAIN = 64


def unescape(token: str) -> str:
    """A JSON-pointer token with `~1` and `~0` decoded."""
    return token.replace("~1", "/").replace("~0", "~")


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve_pointer(document: Any, pointer: str) -> Any:
    """The node at `pointer` (`/a/b/0`, or a local reference `#/a/b/0`) inside `document`."""
    node = document
    for token in pointer.removeprefix("#").split("/")[1:]:
        token = unescape(token)
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def follow_refs(document: Any, node: Any, *, prefix: str = "") -> Any:
    """`node` with its chain of local `$ref`s followed (sibling keywords of a reference are kept
    where the target does not set them). `prefix` is stripped from reference values first."""
    for _ in range(MAX_CHAIN):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        ref = node["$ref"].removeprefix(prefix)
        if not ref.startswith("#"):
            raise KeyError(f"only local references are supported, not {node['$ref']}")
        target = resolve_pointer(document, ref)
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**target, **siblings} if siblings and isinstance(target, dict) else target
    raise ValueError(f"reference chain longer than {MAX_CHAIN} (a cycle?)")
