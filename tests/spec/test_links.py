"""Every id an operation needs in its path can be reached by following an explicit link.

Stateful conformance testing only reaches an operation with a real id through a link, so the
targets are derived from the spec (every operation with a path parameter), never listed here.
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.bundle import load_spec
from tests.conformance.spec_links import explicit_links, operations, path_parameters, resolve

SPEC = load_spec()
LINKS = explicit_links(SPEC)
NEEDS_IDS = sorted(op_id for op_id in operations(SPEC) if path_parameters(SPEC, op_id))


def _schema_at(schema: dict[str, Any], pointer: str) -> dict[str, Any] | None:
    """The subschema a JSON pointer into a response body lands on (None if the schema has no such place)."""
    for token in [t for t in pointer.split("/") if t]:
        schema = resolve(SPEC, schema)
        if schema.get("type") == "array" and token.isdigit():
            schema = schema.get("items", {})
        elif token in (schema.get("properties") or {}):
            schema = schema["properties"][token]
        else:
            return None
    return resolve(SPEC, schema)


def test_the_spec_declares_links() -> None:
    assert len(NEEDS_IDS) > 30 and len(LINKS) > 100


@pytest.mark.parametrize("operation_id", NEEDS_IDS)
def test_operation_taking_a_path_id_is_the_target_of_a_link(operation_id: str) -> None:
    sources = sorted({link.source for link in LINKS if link.target == operation_id})
    assert sources, (
        f"{operation_id} takes {[p['name'] for p in path_parameters(SPEC, operation_id)]} in its path but no link "
        "leads to it: add a `links:` entry on the response of the operation that returns that id"
    )


@pytest.mark.parametrize("link", LINKS, ids=[f"{link.source}-{link.status}-{link.name}" for link in LINKS])
def test_link_supplies_every_path_parameter_from_a_real_place(link: Any) -> None:
    ops = operations(SPEC)
    assert link.target in ops, f"{link.source} link {link.name}: unknown operation {link.target}"
    required = {p["name"] for p in path_parameters(SPEC, link.target)}
    given = dict(link.parameters)
    assert required <= set(given), f"{link.source} link {link.name}: {sorted(required - set(given))} not supplied"
    source_path = {p["name"] for p in path_parameters(SPEC, link.source)}
    response = resolve(SPEC, ops[link.source][2]["responses"][link.status])
    body_schema = (response.get("content") or {}).get("application/json", {}).get("schema", {})
    for name, expression in given.items():
        if expression.startswith("$request.path."):
            assert expression.removeprefix("$request.path.") in source_path, f"{link.name}.{name}: {expression}"
        elif expression.startswith("$response.body#"):
            found = _schema_at(body_schema, expression.removeprefix("$response.body#"))
            assert found is not None, f"{link.source} link {link.name}.{name}: {expression} is not in the response"
            assert found.get("type") in ("string", "integer"), f"{link.name}.{name}: {expression} is not an id"
        else:
            pytest.fail(f"{link.source} link {link.name}.{name}: unsupported expression {expression}")
