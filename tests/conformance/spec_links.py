"""The explicit OpenAPI links of the spec, as a flat table.

Schemathesis names a link transition `"<source> -> [<status>] <link name> -> <target>"` (operation
labels are `METHOD /path`); the same names are built here so that the stateful coverage a run reports can
be compared with what the spec declares. A link declared on a shared response component is one
link per operation answering with that component; a response listed under both 200 and 201
gives two transitions but one link (a server answers with one of them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.bundle import resolve
from generator.tables import iter_operations


@dataclass(frozen=True)
class Link:
    source: str  # operationId
    status: str
    name: str
    target: str  # operationId
    parameters: tuple[tuple[str, str], ...]

    @property
    def key(self) -> tuple[str, str]:
        """One link per (source operation, link name), whatever the status that carries it."""
        return (self.source, self.name)


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (path, method, operation)."""
    return {op["operationId"]: (path, method, op) for path, method, op in iter_operations(spec)}


def label(spec: dict[str, Any], operation_id: str) -> str:
    path, method, _ = operations(spec)[operation_id]
    return f"{method.upper()} {path}"


def path_parameters(spec: dict[str, Any], operation_id: str) -> list[dict[str, Any]]:
    path, _, op = operations(spec)[operation_id]
    params = [resolve(spec, p) for p in [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]]
    return [p for p in params if p["in"] == "path"]


def explicit_links(spec: dict[str, Any]) -> list[Link]:
    found = []
    for _, _, op in iter_operations(spec):
        for status, response in op.get("responses", {}).items():
            for name, link in (resolve(spec, response).get("links") or {}).items():
                link = resolve(spec, link)
                params = tuple(sorted((link.get("parameters") or {}).items()))
                found.append(Link(op["operationId"], status, name, link["operationId"], params))
    return found


def transition_id(spec: dict[str, Any], link: Link) -> str:
    """The id schemathesis gives the transition following `link`."""
    return f"{label(spec, link.source)} -> [{link.status}] {link.name} -> {label(spec, link.target)}"
