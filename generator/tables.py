"""Read the spec's servers, security schemes and x- extensions into plain tables.

The templates render these tables into the generated package; the client and the mock read
the same extensions from the same spec, so there is one place that says which operations
paginate, start a job or must not be retried.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.strings import PythonIdentifier

from .bundle import resolve

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
# Methods whose repetition has no further effect (RFC 9110 9.2.2); x-symbl-idempotent overrides.
IDEMPOTENT_METHODS = {"get", "head", "options", "put", "delete"}
FIELD_PREFIX = "field_"


def iter_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation, in spec order."""
    found = []
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                found.append((path, method, item[method]))
    return found


CONSTRAINT_KEYS = ("type", "minimum", "maximum", "enum", "pattern", "minLength", "maxLength", "format")


def _constraints(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The scalar constraints of a parameter schema (items' constraints for arrays)."""
    schema = resolve(spec, schema)
    if schema.get("type") == "array":
        return {"array": True, **_constraints(spec, schema.get("items", {}))}
    return {k: schema[k] for k in CONSTRAINT_KEYS if k in schema}


def _parameters(spec: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
    params = []
    for raw in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        param = resolve(spec, raw)
        if param["in"] not in ("path", "query"):
            continue
        params.append(
            {
                "name": param["name"],
                "python_name": str(PythonIdentifier(param["name"], prefix=FIELD_PREFIX)),
                "location": param["in"],
                "required": bool(param.get("required", False)),
                "constraints": _constraints(spec, param.get("schema", {})),
            }
        )
    return params


def _environments(spec: dict[str, Any]) -> list[dict[str, str]]:
    environments = []
    for server in spec.get("servers", []):
        url = server["url"]
        for name, variable in (server.get("variables") or {}).items():
            url = url.replace("{" + name + "}", str(variable["default"]))
        environments.append({"name": server["description"], "url": url})
    return environments


def _item_type(openapi: GeneratorData, endpoint_name: str, items_field: str) -> tuple[str, str | None]:
    """Python type of one item of a paginated response's list field, and its model module."""
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            if endpoint.name != endpoint_name:
                continue
            for response in endpoint.responses.patterns:
                prop = response.prop
                if not isinstance(prop, ModelProperty) or not response.status_code.range:
                    continue
                if response.status_code.range[0] >= 300:
                    continue
                for field in (prop.required_properties or []) + (prop.optional_properties or []):
                    if field.name == items_field and isinstance(field, ListProperty):
                        inner = field.inner_property
                        module = inner.class_info.module_name if isinstance(inner, ModelProperty) else None
                        return str(inner.get_type_string(no_optional=True).as_unembedded_code()), module
    raise ValueError(f"x-symbl-pagination on {endpoint_name}: the 2xx response has no list field '{items_field}'")


def _secret_fields(spec: dict[str, Any]) -> dict[str, list[str]]:
    """Per component schema, the properties marked secret (x-symbl-secret, or format: password):
    the model template keeps their values out of repr."""
    found: dict[str, list[str]] = {}
    for name, schema in (spec.get("components", {}).get("schemas") or {}).items():
        props = (schema or {}).get("properties") or {}
        secret = [
            p for p, s in props.items() if (s or {}).get("x-symbl-secret") or (s or {}).get("format") == "password"
        ]
        if secret:
            found[name] = sorted(secret)
    return found


def build_tables(spec: dict[str, Any], openapi: GeneratorData, *, spec_sha256: str, generator: str) -> dict[str, Any]:
    operations: dict[str, dict[str, Any]] = {}
    job_status: dict[str, Any] | None = None
    for path, method, op in iter_operations(spec):
        name = str(PythonIdentifier(op["operationId"], prefix=FIELD_PREFIX))
        idempotent = op.get("x-symbl-idempotent", method in IDEMPOTENT_METHODS)
        content = resolve(spec, op.get("requestBody") or {}).get("content") or {}
        binary_types = [
            t for t, media in content.items() if resolve(spec, media.get("schema") or {}).get("format") == "binary"
        ]
        pagination = op.get("x-symbl-pagination")
        if pagination is not None:
            item_type, item_module = _item_type(openapi, name, pagination["itemsField"])
            pagination = dict(pagination, item_type=item_type, item_module=item_module)
        if "x-symbl-job-status" in op:
            job_status = dict(op["x-symbl-job-status"], operation=name)
        operations[name] = {
            "operation_id": op["operationId"],
            "method": method.upper(),
            "path": path,
            "tag": op["tags"][0],
            "idempotent": bool(idempotent),
            "deprecated": bool(op.get("deprecated", False)),
            "servers": [s["url"] for s in op.get("servers", [])],
            "binary_media_types": binary_types,
            "pagination": pagination,
            "job": op.get("x-symbl-job"),
            "security": op.get("security", spec.get("security", [])) != [],
            "parameters": _parameters(spec, spec["paths"][path], op),
        }
    if job_status is None:
        raise ValueError("no operation carries x-symbl-job-status; the job poller needs one")
    return {
        "secret_fields": _secret_fields(spec),
        "title": spec["info"]["title"],
        "spec_version": spec["info"]["version"],
        "spec_sha256": spec_sha256,
        "generator": generator,
        "environments": _environments(spec),
        "security_schemes": spec.get("components", {}).get("securitySchemes", {}),
        "operations": operations,
        "job_status": job_status,
    }
