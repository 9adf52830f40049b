"""Applying a PATCH to a stored resource: RFC 6902 JSON Patch (strict for items, lenient for
documents such as the account settings) or a merge object."""

from __future__ import annotations

import copy
from typing import Any

from ._errors import ApiError, documented_status
from ._spec import Operation


def apply_patch(
    current: dict[str, Any], body: Any, required: set[str], op: Operation, *, lenient: bool = False
) -> dict[str, Any]:
    """Apply a JSON-Patch (or a merge object) to a copy of `current`.

    Items follow RFC 6902 strictly (a missing path is a conflict). Documents such as the
    account settings are `lenient`: Symbl's own guide replaces `/redaction` before anything
    was added, so missing branches are created, and removing something absent is a no-op.
    """
    document = copy.deepcopy(current)
    if isinstance(body, dict):
        for key, value in body.items():
            if key == "id":
                continue
            if value is None:
                document.pop(key, None)
            else:
                document[key] = copy.deepcopy(value)
        return document
    conflict = documented_status(op, 409)
    for index, operation in enumerate(body if isinstance(body, list) else []):
        if not isinstance(operation, dict):
            continue
        name = operation.get("op")
        if name not in ("add", "replace", "remove"):
            raise ApiError(documented_status(op, 400), f"patch operation {index}: unsupported op {name!r}")
        pointer = str(operation.get("path", ""))
        tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
        if not tokens or (tokens == ["id"] and not lenient):
            raise ApiError(conflict, f"patch operation {index}: the path {pointer!r} cannot be changed")
        parent = _walk(document, tokens[:-1], creating=lenient and name != "remove")
        if parent is None:
            if lenient:
                continue
            raise ApiError(conflict, f"patch operation {index}: {pointer!r} does not exist")
        _apply(
            parent,
            tokens[-1],
            name,
            operation,
            lenient=lenient,
            where=f"patch operation {index}: {pointer!r}",
            conflict=conflict,
        )
    missing = sorted(r for r in required if r not in document and r != "id")
    if missing:
        raise ApiError(conflict, f"the patch removes required field(s): {', '.join(missing)}")
    return document


def _walk(document: Any, tokens: list[str], *, creating: bool) -> Any:
    """The container `tokens` lead to; None when it does not exist (unless `creating`)."""
    parent = document
    for token in tokens:
        if isinstance(parent, dict):
            child = parent.get(token)
            if not isinstance(child, dict | list):
                if not creating:
                    return None
                child = parent[token] = {}
            parent = child
        elif isinstance(parent, list):
            if token.isdigit() and int(token) < len(parent) and isinstance(parent[int(token)], dict | list):
                parent = parent[int(token)]
            elif creating:
                parent.append({})
                parent = parent[-1]
            else:
                return None
    return parent


def _apply(
    parent: Any, leaf: str, name: str, operation: dict[str, Any], *, lenient: bool, where: str, conflict: int
) -> None:
    value = copy.deepcopy(operation.get("value"))
    if isinstance(parent, list):
        position = len(parent) if leaf == "-" else int(leaf) if leaf.isdigit() else -1
        valid = 0 <= position < len(parent) or (name == "add" and position == len(parent))
        if not valid:
            if not lenient:
                raise ApiError(conflict, f"{where} is not a valid index")
            if name != "remove":
                parent.append(value)
            return
        if name == "add":
            parent.insert(position, value)
        elif name == "replace":
            parent[position] = value
        else:
            parent.pop(position)
        return
    if name == "add":
        existing = parent.get(leaf)
        # Symbl appends to list fields on `add` (its tracker example merges vocabularies).
        if isinstance(existing, list):
            additions = value if isinstance(value, list) else [value]
            parent[leaf] = existing + [v for v in additions if v not in existing]
        else:
            parent[leaf] = value
    elif name == "replace":
        if leaf not in parent and not lenient:
            raise ApiError(conflict, f"{where} does not exist; use add")
        parent[leaf] = value
    elif leaf in parent:
        if "value" in operation and isinstance(parent[leaf], list) and isinstance(value, list):
            parent[leaf] = [v for v in parent[leaf] if v not in value]
        else:
            del parent[leaf]
    elif not lenient:
        raise ApiError(conflict, f"{where} does not exist")
