"""What a model's JSON Schema says beyond types, as the templates render it for msgspec.

Scalar and size limits become `msgspec.Meta(...)` on the field's type (checked in C while
decoding); `uniqueItems`, `dependentRequired` and the `if`/`then` rules become checks in the
model's `__post_init__`, which msgspec reports as a ValidationError with the JSON path.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.strings import pascal_case

from .bundle import resolve

# JSON Schema keyword -> msgspec.Meta argument, for the schema's own type.
_META = {
    "minimum": "ge",
    "maximum": "le",
    "exclusiveMinimum": "gt",
    "exclusiveMaximum": "lt",
    "minLength": "min_length",
    "maxLength": "max_length",
    "pattern": "pattern",
    "minItems": "min_length",
    "maxItems": "max_length",
}


class UnsupportedRule(Exception):
    """A schema rule the model template cannot enforce; the spec should say it another way."""


class Constraints:
    """Looks up a model's raw schema (resolving `$ref` and `allOf`) in the bundled spec."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._spec = spec
        schemas = spec.get("components", {}).get("schemas", {})
        self._by_class = {pascal_case(name): schema for name, schema in schemas.items()}

    def schema(self, model: ModelProperty) -> dict[str, Any]:
        raw = self._by_class.get(model.class_info.name)
        if raw is None:
            raw = model.data.model_dump(by_alias=True, exclude_none=True, mode="json")
        resolved: dict[str, Any] = resolve(self._spec, raw)
        return resolved

    def _properties(self, schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for part in schema.get("allOf") or []:
            found.update(self._properties(resolve(self._spec, part)))
        for name, prop in (schema.get("properties") or {}).items():
            found[name] = resolve(self._spec, prop)
        return found

    def field_meta(self, model: ModelProperty, wire_name: str) -> str:
        """`msgspec.Meta(...)` arguments for one property, or "" when it has none."""
        prop = self._properties(self.schema(model)).get(wire_name, {})
        args = [f"{_META[key]}={prop[key]!r}" for key in _META if key in prop]
        return ", ".join(args)

    def unique_fields(self, model: ModelProperty) -> list[str]:
        """Wire names of array properties declaring uniqueItems."""
        return [name for name, prop in self._properties(self.schema(model)).items() if prop.get("uniqueItems")]

    def conditional_rules(self, model: ModelProperty) -> list[dict[str, Any]]:
        """Rules "when <condition>, these properties are required", from dependentRequired and if/then.

        Each rule: {"when": wire name, "allowed": allowed values or None (any value),
        "absent": True when the condition is that property being absent, "needed": [wire names]}.
        """
        schema = self.schema(model)
        rules = [
            {"when": name, "allowed": None, "absent": False, "needed": list(needed)}
            for name, needed in (schema.get("dependentRequired") or {}).items()
        ]
        if "if" in schema:
            condition, then = schema["if"], schema.get("then") or {}
            if set(then) - {"required"} or "else" in schema:
                raise UnsupportedRule(f"{model.class_info.name}: only `then: {{required: [...]}}` is supported")
            negated = condition.get("not")
            if negated is not None and set(negated) == {"required"} and len(negated["required"]) == 1:
                rules.append(
                    {"when": negated["required"][0], "allowed": None, "absent": True, "needed": then["required"]}
                )
            elif set(condition) <= {"required", "properties"} and len(condition.get("properties", {})) == 1:
                ((name, prop),) = condition["properties"].items()
                if set(prop) != {"enum"}:
                    raise UnsupportedRule(f"{model.class_info.name}: `if` may only test one property's enum")
                rules.append({"when": name, "allowed": prop["enum"], "absent": False, "needed": then["required"]})
            else:
                raise UnsupportedRule(f"{model.class_info.name}: unsupported `if` shape {condition}")
        return rules
