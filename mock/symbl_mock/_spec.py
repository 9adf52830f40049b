"""The spec, read once at start: operations, resolved parameters, bodies, responses, validators.

Everything the mock accepts or answers is looked up here, so a spec change changes the mock.
Local `$ref`s (`#/components/...`) are rewritten to an absolute URI registered with
`referencing`, so any fragment of the document can be validated on its own.
"""

from __future__ import annotations

import copy
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError, best_match  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from ._error_text import describe_error
from ._formats import format_checker
from ._refs import follow_refs, resolve_pointer

logger = logging.getLogger("symbl_mock")

SPEC_URI = "urn:symbl-spec"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
JSON_MEDIA = re.compile(r"^application/([a-z0-9.+-]+\+)?json$")


def _absolutise(node: Any) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#"):
                out[key] = SPEC_URI + value
            else:
                out[key] = _absolutise(value)
        return out
    if isinstance(node, list):
        return [_absolutise(item) for item in node]
    return node


def media_type_matches(declared: str, actual: str) -> bool:
    declared = declared.lower()
    if declared in ("*/*", actual):
        return True
    if declared.endswith("/*"):
        return actual.split("/", 1)[0] == declared[:-2]
    return False


@dataclass
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    style: str
    explode: bool
    content_type: str | None = None


@dataclass
class Operation:
    path: str
    method: str
    operation_id: str
    raw: dict[str, Any]
    parameters: list[Parameter]
    body_required: bool
    body_content: dict[str, dict[str, Any]]
    responses: dict[str, dict[str, Any]]
    secured: bool
    extensions: dict[str, Any] = field(default_factory=dict)
    body_extensions: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    def documents(self, status: int) -> bool:
        key = str(status)
        return key in self.responses or f"{key[0]}XX" in self.responses or "default" in self.responses

    def success_statuses(self) -> list[int]:
        return sorted(int(s) for s in self.responses if s.isdigit() and 200 <= int(s) < 300)

    def success_status(self) -> int:
        statuses = self.success_statuses()
        if not statuses:
            return 200
        # Symbl answers 201 on creation; the spec lists 201 first where both are documented.
        ordered = [int(s) for s in self.responses if s.isdigit() and 200 <= int(s) < 300]
        return ordered[0] if ordered else statuses[0]

    def path_param_names(self) -> list[str]:
        return [p.name for p in self.parameters if p.location == "path"]

    def json_body_schema(self) -> dict[str, Any] | None:
        for media, content in self.body_content.items():
            if JSON_MEDIA.match(media):
                schema = content.get("schema")
                return schema if isinstance(schema, dict) else {}
        return None

    def binary_media_types(self) -> list[str]:
        return [m for m, c in self.body_content.items() if (c.get("schema") or {}).get("format") == "binary"]


class SpecIndex:
    """The spec's operations with everything resolved, plus schema helpers."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.raw = spec
        self.doc: dict[str, Any] = _absolutise(copy.deepcopy(spec))
        self.registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(self.doc))
        self.format_checker = format_checker()
        self._validators: dict[int, Draft202012Validator] = {}
        self._keep_alive: list[Any] = []
        self.operations: list[Operation] = []
        self.by_id: dict[str, Operation] = {}
        global_security = self.doc.get("security", [])
        for path, item in (self.doc.get("paths") or {}).items():
            item = self.deref(item)
            shared = item.get("parameters") or []
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                op = item[method]
                params = self._parameters(shared, op.get("parameters") or [])
                body = self.deref(op.get("requestBody") or {})
                content = {k.lower(): v for k, v in (body.get("content") or {}).items()}
                responses = {str(k): self.deref(v) for k, v in (op.get("responses") or {}).items()}
                security = op.get("security", global_security)
                operation = Operation(
                    path=path,
                    method=method,
                    operation_id=str(op.get("operationId") or f"{method}_{path}"),
                    raw=op,
                    parameters=params,
                    body_required=bool(body.get("required", False)),
                    body_content=content,
                    responses=responses,
                    secured=bool(security) and all(bool(req) for req in security),
                    extensions={k: v for k, v in op.items() if k.startswith("x-")},
                    body_extensions={k: v for k, v in body.items() if k.startswith("x-")},
                )
                self.operations.append(operation)
                self.by_id[operation.operation_id] = operation
        schemes = (self.doc.get("components") or {}).get("securitySchemes") or {}
        self.security_schemes: dict[str, dict[str, Any]] = {k: self.deref(v) for k, v in schemes.items()}

    # -- references ------------------------------------------------------------------------

    def pointer(self, ref: str) -> Any:
        ref = ref.removeprefix(SPEC_URI)
        if not ref.startswith("#"):
            raise KeyError(f"only local references are supported, not {ref}")
        return resolve_pointer(self.doc, ref)

    def deref(self, node: Any) -> Any:
        """Follow `$ref` chains (sibling keywords of a reference are kept where not overridden)."""
        return follow_refs(self.doc, node, prefix=SPEC_URI)

    @staticmethod
    def ref_name(node: Any) -> str | None:
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            return str(node["$ref"]).rsplit("/", 1)[-1]
        return None

    def final_ref_name(self, node: Any) -> str | None:
        """Name of the last component a `$ref` chain lands on."""
        name = None
        for _ in range(64):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                break
            name = self.ref_name(node)
            node = self.pointer(node["$ref"])
        return name

    def _parameters(self, shared: list[Any], own: list[Any]) -> list[Parameter]:
        merged: dict[tuple[str, str], Parameter] = {}
        for raw in [*shared, *own]:
            param = self.deref(raw)
            location = str(param.get("in", "query"))
            style = str(param.get("style") or ("form" if location in ("query", "cookie") else "simple"))
            content_type = None
            schema = param.get("schema")
            if schema is None and isinstance(param.get("content"), dict) and param["content"]:
                content_type, media = next(iter(param["content"].items()))
                schema = media.get("schema") or {}
            merged[(param["name"], location)] = Parameter(
                name=str(param["name"]),
                location=location,
                required=bool(param.get("required", location == "path")),
                schema=schema if isinstance(schema, dict) else {},
                style=style,
                explode=bool(param.get("explode", style == "form")),
                content_type=content_type,
            )
        return list(merged.values())

    # -- schemas ---------------------------------------------------------------------------

    def resolve_schema(self, schema: Any) -> dict[str, Any]:
        """The schema with `$ref`s followed and `allOf` branches merged (for reading properties)."""
        schema = self.deref(schema)
        if not isinstance(schema, dict):
            return {}
        if "allOf" not in schema:
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        props: dict[str, Any] = dict(merged.get("properties") or {})
        required: list[str] = list(merged.get("required") or [])
        for branch in schema["allOf"]:
            sub = self.resolve_schema(branch)
            for key, value in sub.items():
                if key == "properties":
                    for name, prop in value.items():
                        props.setdefault(name, prop)
                elif key == "required":
                    required.extend(r for r in value if r not in required)
                else:
                    merged.setdefault(key, value)
        merged["properties"] = props
        merged["required"] = required
        return merged

    def schema_type(self, schema: Any) -> str | None:
        resolved = self.resolve_schema(schema)
        kind = resolved.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        if kind is None and "properties" in resolved:
            return "object"
        if kind is None and "items" in resolved:
            return "array"
        return str(kind) if kind is not None else None

    def validator(self, schema: Any) -> Draft202012Validator:
        key = id(schema)
        found = self._validators.get(key)
        if found is None:
            found = Draft202012Validator(schema, registry=self.registry, format_checker=self.format_checker)
            self._validators[key] = found
            self._keep_alive.append(schema)
        return found

    def first_error(self, schema: Any, instance: Any) -> ValidationError | None:
        return best_match(self.validator(schema).iter_errors(instance))

    def is_valid(self, schema: Any, instance: Any) -> bool:
        return bool(self.validator(schema).is_valid(instance))

    # -- responses ---------------------------------------------------------------------------

    def response_for(self, op: Operation, status: int) -> dict[str, Any] | None:
        key = str(status)
        for candidate in (key, f"{key[0]}XX", f"{key[0]}xx", "default"):
            if candidate in op.responses:
                return op.responses[candidate]
        return None

    def response_schema(self, op: Operation, status: int) -> tuple[str | None, Any]:
        """(media type, schema) of the documented response for `status` (JSON preferred)."""
        response = self.response_for(op, status)
        content = (response or {}).get("content") or {}
        for media, body in content.items():
            if JSON_MEDIA.match(media.lower()):
                return media, body.get("schema", {})
        for media, body in content.items():
            return media, body.get("schema", {})
        return None, None

    def response_example(self, op: Operation, status: int) -> Any:
        response = self.response_for(op, status)
        content = (response or {}).get("content") or {}
        for media, body in content.items():
            if not JSON_MEDIA.match(media.lower()):
                continue
            if "example" in body:
                return copy.deepcopy(body["example"])
            for example in (body.get("examples") or {}).values():
                example = self.deref(example)
                if isinstance(example, dict) and "value" in example:
                    return copy.deepcopy(example["value"])
            return self.synthesize(body.get("schema", {}))
        return None

    def check_response(self, op: Operation, status: int, content_type: str | None, body: bytes) -> list[str]:
        """Problems with a response against the spec (empty when it conforms)."""
        response = self.response_for(op, status)
        if response is None:
            return [f"{op.label}: status {status} is not documented"]
        content = response.get("content") or {}
        if not content:
            return [] if not body else [f"{op.label} {status}: a body was sent where none is documented"]
        media = (content_type or "").split(";", 1)[0].strip().lower()
        declared = next((m for m in content if media_type_matches(m, media)), None)
        if declared is None:
            return [f"{op.label} {status}: Content-Type {content_type!r} is not one of {sorted(content)}"]
        schema = content[declared].get("schema")
        if schema is None or not JSON_MEDIA.match(media):
            return []
        try:
            instance = json.loads(body)
        except ValueError:
            return [f"{op.label} {status}: body is not JSON"]
        errors = sorted(self.validator(schema).iter_errors(instance), key=lambda e: list(e.absolute_path))
        return [f"{op.label} {status}: {describe_error(e, 'response body')}" for e in errors[:5]]

    # -- synthesis -------------------------------------------------------------------------

    def synthesize(self, schema: Any, depth: int = 0) -> Any:
        """A small instance valid for `schema`, from its example, default, const or enum where given."""
        raw = self.deref(schema) if isinstance(schema, dict) else {}
        if not isinstance(raw, dict):
            return None
        for key in ("const", "example", "default"):
            if key in raw and self.is_valid(schema, raw[key]):
                return copy.deepcopy(raw[key])
        if isinstance(raw.get("examples"), list) and raw["examples"] and self.is_valid(schema, raw["examples"][0]):
            return copy.deepcopy(raw["examples"][0])
        if isinstance(raw.get("enum"), list) and raw["enum"]:
            return copy.deepcopy(raw["enum"][0])
        for keyword in ("oneOf", "anyOf"):
            if isinstance(raw.get(keyword), list) and raw[keyword]:
                for branch in raw[keyword]:
                    candidate = self.synthesize(branch, depth + 1)
                    if self.is_valid(schema, candidate):
                        return candidate
        resolved = self.resolve_schema(raw)
        kind = self.schema_type(resolved)
        if depth > 12:
            return None
        if kind == "object":
            out: dict[str, Any] = {}
            for name in resolved.get("required") or []:
                out[name] = self.synthesize((resolved.get("properties") or {}).get(name, {}), depth + 1)
            return out
        if kind == "array":
            count = int(resolved.get("minItems", 0))
            return [self.synthesize(resolved.get("items", {}), depth + 1) for _ in range(count)]
        if kind == "string":
            fmt = resolved.get("format")
            samples = {
                "date-time": "2024-01-01T00:00:00.000Z",
                "date": "2024-01-01",
                "uuid": "00000000-0000-4000-8000-000000000000",
                "uri": "https://example.com/",
                "email": "user@example.com",
            }
            if fmt in samples:
                return samples[fmt]
            return "x" * int(resolved.get("minLength", 0))
        if kind in ("integer", "number"):
            low = resolved.get("minimum", resolved.get("exclusiveMinimum", 0))
            return int(low) + (1 if "exclusiveMinimum" in resolved else 0) if kind == "integer" else float(low)
        if kind == "boolean":
            return False
        return None

    def iter_ops(self) -> Iterator[Operation]:
        return iter(self.operations)
