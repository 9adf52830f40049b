"""The bundled spec is valid, deterministic, complete per operation, and its examples validate."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.bundle import SPEC_DIR, dump_spec, load_spec, resolve
from generator.tables import iter_operations

SPEC = load_spec()
URI = "urn:symbl-spec"
REGISTRY: Registry[Any] = Registry().with_resource(URI, Resource(contents=SPEC, specification=DRAFT202012))
OPERATIONS = iter_operations(SPEC)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _pointer(*tokens: str) -> str:
    return "/" + "/".join(_escape(t) for t in tokens)


def validator_for(pointer: str) -> Draft202012Validator:
    """A validator for the schema at `pointer` inside the bundle, with its $refs resolvable."""
    return Draft202012Validator({"$ref": f"{URI}#{pointer}"}, registry=REGISTRY, format_checker=FormatChecker())


def _examples() -> Iterator[tuple[str, str, Any]]:
    """(where, schema pointer, example) for every example in the spec."""
    for name, schema in SPEC["components"].get("schemas", {}).items():
        if "example" in schema:
            yield f"schema {name}", _pointer("components", "schemas", name), schema["example"]
        for prop, sub in (schema.get("properties") or {}).items():
            if isinstance(sub, dict) and "example" in sub and "$ref" not in sub:
                yield (
                    f"schema {name}.{prop}",
                    _pointer("components", "schemas", name, "properties", prop),
                    sub["example"],
                )

    def media(where: str, base: tuple[str, ...], content: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
        for media_type, body in content.items():
            if "schema" not in body:
                continue
            schema_ptr = _pointer(*base, media_type, "schema")
            if "example" in body:
                yield f"{where} {media_type}", schema_ptr, body["example"]
            for key, ex in (body.get("examples") or {}).items():
                yield f"{where} {media_type} example {key}", schema_ptr, ex["value"]

    for kind in ("responses", "requestBodies"):
        for name, obj in SPEC["components"].get(kind, {}).items():
            yield from media(f"{kind} {name}", ("components", kind, name, "content"), obj.get("content") or {})
    for name, param in SPEC["components"].get("parameters", {}).items():
        if "example" in param:
            yield f"parameter {name}", _pointer("components", "parameters", name, "schema"), param["example"]
    for path, method, op in OPERATIONS:
        base = ("paths", path, method)
        if "requestBody" in op and "content" in op["requestBody"]:  # shared ones are checked under components
            yield from media(
                f"{op['operationId']} request", (*base, "requestBody", "content"), op["requestBody"]["content"]
            )
        for status, response in op["responses"].items():
            if "content" in response:
                yield from media(
                    f"{op['operationId']} {status}", (*base, "responses", status, "content"), response["content"]
                )
        for index, param in enumerate(op.get("parameters", [])):
            if "example" in param:
                yield (
                    f"{op['operationId']} parameter {param['name']}",
                    _pointer(*base, "parameters", str(index), "schema"),
                    param["example"],
                )


EXAMPLES = list(_examples())


def _resolve(obj: dict[str, Any]) -> Any:
    return resolve(SPEC, obj)


def test_bundle_is_valid_openapi_31() -> None:
    validate(SPEC)


def test_bundle_is_deterministic() -> None:
    assert dump_spec(load_spec(SPEC_DIR)) == dump_spec(load_spec(SPEC_DIR))


def test_spec_has_examples_to_check() -> None:
    assert len(EXAMPLES) > len(OPERATIONS)


@pytest.mark.parametrize(("where", "pointer", "example"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_validates_against_its_schema(where: str, pointer: str, example: Any) -> None:
    errors = sorted(validator_for(pointer).iter_errors(example), key=lambda e: list(e.path))
    assert not errors, f"{where}: " + "; ".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_operation_ids_are_unique_camel_case() -> None:
    ids = [op["operationId"] for _, _, op in OPERATIONS]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    bad = [i for i in ids if not (i[0].islower() and i.isalnum())]
    assert not bad, f"operationIds must be camelCase: {bad}"


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS, ids=[op["operationId"] for _, _, op in OPERATIONS])
def test_operation_is_fully_described(path: str, method: str, op: dict[str, Any]) -> None:
    declared_tags = {t["name"] for t in SPEC["tags"]}
    assert len(op.get("tags", [])) == 1 and op["tags"][0] in declared_tags, "exactly one declared tag"
    assert op.get("summary") and op.get("description"), "summary and description"
    successes = {s: r for s, r in op["responses"].items() if s.startswith("2")}
    assert successes, "a 2xx response"
    for status, response in successes.items():
        response = _resolve(response)
        for media_type, body in (response.get("content") or {}).items():
            assert "$ref" in body["schema"], f"{status} {media_type}: the success schema must be a named component"
            assert "example" in body or "examples" in body, f"{status} {media_type}: an example"
    errors = {s: _resolve(r) for s, r in op["responses"].items() if s[0] in "45"}
    for status, response in errors.items():
        schema = response["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/Error"}, f"{status} must use the shared Error schema"
    if op.get("security") != []:
        assert "401" in errors, "authenticated operations document 401"
    assert "500" in errors, "500 documented"
    for param in op.get("parameters", []):
        param = _resolve(param)
        assert param.get("description"), f"parameter {param['name']} needs a description"
        assert "schema" in param, f"parameter {param['name']} needs a schema"


def test_links_point_at_existing_operations_and_parameters() -> None:
    by_id = {op["operationId"]: (path, op) for path, _, op in OPERATIONS}
    for name, response in SPEC["components"].get("responses", {}).items():
        for link_name, link in (response.get("links") or {}).items():
            assert link["operationId"] in by_id, (
                f"response {name} link {link_name}: unknown operation {link['operationId']}"
            )
            path, target = by_id[link["operationId"]]
            params = [*SPEC["paths"][path].get("parameters", []), *target.get("parameters", [])]
            names = {_resolve(p)["name"] for p in params}
            assert set(link["parameters"]) <= names, f"link {link_name}: {set(link['parameters']) - names}"


def test_job_and_pagination_extensions_are_consistent() -> None:
    job_ops = [op for _, _, op in OPERATIONS if "x-symbl-job" in op]
    assert job_ops, "some operation starts a job"
    status_ops = [op for _, _, op in OPERATIONS if "x-symbl-job-status" in op]
    assert len(status_ops) == 1
    for op in job_ops:
        ext = op["x-symbl-job"]
        assert ext["statusOperation"] == status_ops[0]["operationId"]
        schema = _resolve(_resolve(op["responses"]["201"])["content"]["application/json"]["schema"])
        assert {ext["jobIdField"], ext["conversationIdField"]} <= set(schema["required"])
    for _, _, op in OPERATIONS:
        ext = op.get("x-symbl-pagination")
        if ext is None:
            continue
        params = {_resolve(p)["name"] for p in op.get("parameters", [])}
        assert {ext["offsetParam"], ext["limitParam"]} <= params, op["operationId"]


def test_binary_uploads_use_real_media_types() -> None:
    uploads = 0
    for _, _, op in OPERATIONS:
        content = _resolve(op.get("requestBody") or {}).get("content") or {}
        binary = [t for t, m in content.items() if _resolve(m.get("schema", {})).get("format") == "binary"]
        uploads += bool(binary)
        assert "application/octet-stream" not in binary, op["operationId"]
        for media_type in binary:
            assert media_type.split("/")[0] in {"audio", "video"}, (op["operationId"], media_type)
    assert uploads == 4, "audio and video file submissions and appends"


def test_spec_parts_are_the_only_sources() -> None:
    assert sorted(p.name for p in (SPEC_DIR / "parts").glob("*.yaml")), "spec/parts holds the paths"
    assert Path(SPEC_DIR / "openapi.yaml").exists()
