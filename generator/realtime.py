"""The real-time half: bundle spec/asyncapi.yaml and read it into the channel/message table.

The AsyncAPI document refers to its payload schemas where they live
(`parts/streaming.yaml#/components/schemas/X`). Bundling rewrites those references to
`#/components/schemas/X` and copies each referenced schema, with everything it references,
from the bundled OpenAPI document into build/asyncapi.yaml, so the bundle validates on its own
while the source keeps one home per schema. `realtime_table` turns the bundle into what
templates/symbl/realtime.py.jinja renders: channels, messages, the models of the payloads.
"""

from __future__ import annotations

import keyword
import re
from pathlib import Path
from typing import Any

import yaml

from .bundle import ROOT, SPEC_DIR, SpecError, dump_spec, resolve_named

ASYNCAPI_SOURCE = SPEC_DIR / "asyncapi.yaml"
ASYNCAPI_BUNDLE = ROOT / "build" / "asyncapi.yaml"
_PART_REF = re.compile(r"^(parts/[A-Za-z0-9_.-]+\.yaml)#/components/schemas/([A-Za-z0-9_]+)$")
_LOCAL_REF = "#/components/schemas/"
_QUOTED = re.compile(r"'([A-Za-z0-9_]+)'")


def _part_schemas(path: Path, cache: dict[Path, set[str]]) -> set[str]:
    if path not in cache:
        part = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        cache[path] = set((part.get("components") or {}).get("schemas") or {})
    return cache[path]


def _rewrite(node: Any, found: list[str], spec_dir: Path, cache: dict[Path, set[str]] | None = None) -> Any:
    """`node` with part references made local; the schema names go to `found`, in order."""
    cache = {} if cache is None else cache
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("parts/"):
                match = _PART_REF.match(value)
                if match is None:
                    raise SpecError(
                        f"asyncapi.yaml: $ref {value!r} must be parts/<file>.yaml#/components/schemas/<Name>"
                    )
                if match.group(2) not in _part_schemas(spec_dir / match.group(1), cache):
                    raise SpecError(
                        f"asyncapi.yaml: $ref {value!r}: {match.group(1)} defines no schema {match.group(2)}"
                    )
                found.append(match.group(2))
                out[key] = _LOCAL_REF + match.group(2)
            else:
                out[key] = _rewrite(value, found, spec_dir, cache)
        return out
    if isinstance(node, list):
        return [_rewrite(item, found, spec_dir, cache) for item in node]
    return node


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        names = []
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(_LOCAL_REF):
                names.append(value.removeprefix(_LOCAL_REF))
            else:
                names.extend(_refs(value))
        return names
    if isinstance(node, list):
        return [name for item in node for name in _refs(item)]
    return []


def load_asyncapi(openapi: dict[str, Any], spec_dir: Path = SPEC_DIR) -> dict[str, Any]:
    """The bundled AsyncAPI document as a mapping (payload schemas pulled from `openapi`)."""
    source = spec_dir / "asyncapi.yaml"
    doc = yaml.safe_load(source.read_text(encoding="utf-8"))
    if not isinstance(doc, dict) or not str(doc.get("asyncapi", "")).startswith("3."):
        raise SpecError(f"{source}: expected an AsyncAPI 3.x document")
    found: list[str] = []
    doc = _rewrite(doc, found, spec_dir)
    available = (openapi.get("components") or {}).get("schemas") or {}
    components = doc.setdefault("components", {})
    schemas: dict[str, Any] = dict(components.get("schemas") or {})
    queue = list(found)
    while queue:
        name = queue.pop(0)
        if name in schemas:
            continue
        if name not in available:
            raise SpecError(f"asyncapi.yaml: schema {name} is referenced but not defined in the OpenAPI components")
        schemas[name] = available[name]
        queue.extend(_refs(available[name]))
    components["schemas"] = schemas
    result: dict[str, Any] = doc
    return result


def bundle_asyncapi(openapi: dict[str, Any], spec_dir: Path = SPEC_DIR, out: Path = ASYNCAPI_BUNDLE) -> Path:
    """Write the bundled AsyncAPI document to `out` (only when it changed) and return its path."""
    text = dump_spec(load_asyncapi(openapi, spec_dir))
    out.parent.mkdir(parents=True, exist_ok=True)
    if not out.exists() or out.read_text(encoding="utf-8") != text:
        out.write_text(text, encoding="utf-8")
    return out


# -- the table the template renders ---------------------------------------------------------------


def _is_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or ("properties" in schema and "type" not in schema)


_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


def _py_type(doc: dict[str, Any], node: dict[str, Any], named: set[str]) -> str:
    """A Python type expression for a schema; object schemas by (quoted) model class name."""
    name, schema = resolve_named(doc, node)
    if name is not None and name in named:
        return repr(name)
    if "const" in schema:
        return f"Literal[{schema['const']!r}]"
    if "enum" in schema:
        return "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
    variants = schema.get("oneOf") or schema.get("anyOf")
    if variants:
        types = list(dict.fromkeys(_py_type(doc, v, named) for v in variants))
        return types[0] if len(types) == 1 else "Union[" + ", ".join(types) + "]"
    kind = schema.get("type")
    if isinstance(kind, list):
        types = list(dict.fromkeys(_SCALARS.get(k, "Any") for k in kind))
        return "Union[" + ", ".join(types) + "]" if len(types) > 1 else types[0]
    if kind == "array":
        return f"list[{_py_type(doc, schema.get('items') or {}, named)}]"
    if kind in _SCALARS:
        return _SCALARS[kind]
    if _is_object(schema):
        return "dict[str, Any]"
    return "Any"


def _walk_type(doc: dict[str, Any], payload: dict[str, Any], path: list[str], named: set[str]) -> str:
    """The type of the field at `path` inside `payload` (through oneOf branches that have it)."""
    _, schema = resolve_named(doc, payload)
    if not path:
        return _py_type(doc, payload, named)
    branches = schema.get("oneOf") or schema.get("anyOf") or [schema]
    types = []
    for branch in branches:
        _, resolved = resolve_named(doc, branch)
        sub = (resolved.get("properties") or {}).get(path[0])
        if sub is not None:
            types.append(_walk_type(doc, sub, path[1:], named))
    if not types:
        raise SpecError(f"asyncapi.yaml: no field {'.'.join(path)} in the payload schema")
    unique = list(dict.fromkeys(types))
    return unique[0] if len(unique) == 1 else "Union[" + ", ".join(unique) + "]"


def _class_name(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_")) + "Event"


def realtime_table(doc: dict[str, Any]) -> dict[str, Any]:
    """Channels, messages and the payload models of a bundled AsyncAPI document."""
    schemas = doc["components"]["schemas"]
    named = {name for name, schema in schemas.items() if _is_object(schema)}
    server_names: set[str] = set()
    client_names: set[str] = set()
    for operation in doc.get("operations", {}).values():
        target = client_names if operation["action"] == "receive" else server_names
        for ref in operation.get("messages", []):
            target.add(str(ref["$ref"]).rsplit("/", 1)[-1])
    messages = []
    for key, message in doc["components"]["messages"].items():
        direction = "client" if key in client_names else "server"
        if key not in client_names | server_names:
            raise SpecError(f"asyncapi.yaml: message {key} is used by no operation")
        payload = message["payload"]
        payload_name, _ = resolve_named(doc, payload)
        match = message.get("x-symbl-match")
        items = message.get("x-symbl-items")
        fields = []
        for field, path in (message.get("x-symbl-fields") or {}).items():
            fields.append(
                {
                    "name": field,
                    "path": str(path).split("."),
                    "type": _walk_type(doc, payload, str(path).split("."), named),
                }
            )
        if items:
            fields.append({"name": items, "path": [items], "type": _walk_type(doc, payload, [items], named)})
        if keyword.iskeyword(message["name"]):
            raise SpecError(f"asyncapi.yaml: message name {message['name']!r} is a Python keyword")
        messages.append(
            {
                "key": key,
                "name": message["name"],
                "direction": direction,
                "binary": match is None,
                "match": [(str(path).split("."), value) for path, value in (match or {}).items()],
                "payload": payload_name,
                "items_field": items,
                "max_bytes": message.get("x-symbl-max-bytes"),
                "summary": str(message.get("summary") or message.get("title") or message["name"]).strip(),
                "class_name": _class_name(message["name"]),
                "fields": fields,
            }
        )
    by_key = {m["key"]: m for m in messages}
    channels = []
    for key, channel in doc["channels"].items():
        names = [by_key[str(ref["$ref"]).rsplit("/", 1)[-1]] for ref in channel.get("messages", {}).values()]
        channels.append(
            {
                "key": key,
                "address": channel["address"],
                "role": channel.get("x-symbl-role", "listen"),
                "alias_of": channel.get("x-symbl-alias-of"),
                "close_codes": list(channel.get("x-symbl-close-codes") or []),
                "sends": [m["name"] for m in names if m["direction"] == "client"],
                "receives": [m["name"] for m in names if m["direction"] == "server"],
            }
        )
    paths = list(dict.fromkeys(tuple(p) for m in messages for p, _ in m["match"]))
    server = [m for m in messages if m["direction"] == "server"]
    payloads = list(dict.fromkeys(m["payload"] for m in server if m["payload"]))
    used = {name for m in server for f in m["fields"] for name in _QUOTED.findall(f["type"])}
    servers = {
        name: f"{server['protocol']}://{server['host']}".replace(
            "{port}", str((server.get("variables") or {}).get("port", {}).get("default", ""))
        )
        for name, server in doc.get("servers", {}).items()
    }
    return {
        "title": doc["info"]["title"],
        "version": doc["info"]["version"],
        "servers": servers,
        "channels": channels,
        "messages": messages,
        "match_paths": [list(p) for p in paths],
        "server_payloads": payloads,
        "models": sorted(set(payloads) | used),
        "security": [{"name": s["name"], "in": s["in"]} for s in doc["components"].get("securitySchemes", {}).values()],
    }


def tuple_literal(values: Any) -> str:
    """A Jinja filter: a Python tuple literal of `values`."""
    return repr(tuple(values))


FILTERS = {"tuple_literal": tuple_literal}

__all__ = ["ASYNCAPI_BUNDLE", "FILTERS", "bundle_asyncapi", "load_asyncapi", "realtime_table"]
