"""Hypothesis strategies for JSON values from the spec's schemas (the subset the payloads use),
plus deliberately broken frames."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def from_schema(schema: dict[str, Any], components: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values that fit `schema` (mostly: `if`/`then` and patterns are left to the server to judge)."""
    while "$ref" in schema:
        schema = components[schema["$ref"].rsplit("/", 1)[-1]]
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    variants = schema.get("oneOf") or schema.get("anyOf")
    if variants:
        return st.one_of([from_schema(v, components, depth + 1) for v in variants])
    kind = schema.get("type")
    if kind == "string":
        return st.text(min_size=schema.get("minLength", 0), max_size=max(schema.get("minLength", 0), 12))
    if kind == "integer":
        return st.integers(schema.get("minimum"), schema.get("maximum"))
    if kind == "number":
        return st.floats(schema.get("minimum"), schema.get("maximum"), allow_nan=False, allow_infinity=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        if depth > 4:
            return st.just([])
        return st.lists(
            from_schema(schema.get("items") or {}, components, depth + 1),
            min_size=schema.get("minItems", 0),
            max_size=3,
        )
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties") or {}
        required = [r for r in schema.get("required") or [] if r in properties]
        optional = [p for p in properties if p not in required and depth <= 4]
        return st.fixed_dictionaries(
            {name: from_schema(properties[name], components, depth + 1) for name in required},
            optional={name: from_schema(properties[name], components, depth + 1) for name in optional},
        )
    return ANY_JSON


def broken_frames() -> st.SearchStrategy[str | bytes]:
    """Text and binary frames a client should not send: not JSON, unknown types, wrong shapes, huge."""
    return st.one_of(
        st.text(max_size=40),
        st.binary(max_size=9000),
        st.dictionaries(st.text(max_size=10), ANY_JSON, max_size=4).map(_dumps),
        st.builds(
            lambda t, extra: _dumps({"type": t, **extra}),
            st.text(max_size=16),
            st.dictionaries(st.text(max_size=6), ANY_JSON, max_size=2),
        ),
    )


def _dumps(value: Any) -> str:
    import json

    return json.dumps(value)
