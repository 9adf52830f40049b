"""Reading JSON bodies the way Symbl's servers do, for what its own SDKs and samples send.

Symbl's documentation and SDKs send values the spec types more strictly: `"detectPhrases":
"true"`, `"sampleSize": "16"`, `"dtmf": null`, `"webhookUrl": ""`, `"actions": {}`,
`"languages": [{"code": "en-US"}]`, date-times without an offset. Symbl accepts them (its
JSON reader coerces scalars and treats null and empty values of optional fields as absent).
`coerce` applies the same readings, guided only by the schema, and is used only when a body
fails validation as sent, so a well-formed body costs nothing extra:

- `"true"` / `"false"` where a boolean is expected; a numeric string where a number is;
- `{}` where an array is expected: the empty array;
- `{"code": "en-US"}` (an object with one string value) where a string is expected: the string;
- a date-time without an offset where `format: date-time` is expected: UTC;
- `null`, `""`, `{}` or `[]` for an optional property that does not accept it: the property is absent.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._spec import SpecIndex

_NUMBER = re.compile(r"^\s*[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,3})?\s*$")
_LOCAL_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")
_EMPTY: tuple[Any, ...] = (None, "", {}, [])
MAX_NUMBER_CHARS = 40


def _types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return {str(t) for t in declared}
    if "properties" in schema:
        return {"object"}
    return set()


def _scalar(schema: dict[str, Any], value: Any) -> Any:
    types = _types(schema)
    if isinstance(value, str) and "string" not in types:
        text = value.strip()
        if "boolean" in types and text.lower() in ("true", "false"):
            return text.lower() == "true"
        if types & {"integer", "number"} and len(text) <= MAX_NUMBER_CHARS and _NUMBER.match(text):
            number = float(text)
            if "integer" in types and number.is_integer():
                return int(number)
            return number if "number" in types else value
    local_date_time = isinstance(value, str) and _LOCAL_DATE_TIME.match(value) is not None
    if "string" in types and schema.get("format") == "date-time" and local_date_time:
        return str(value).replace(" ", "T") + "Z"
    if "string" in types and isinstance(value, dict) and len(value) == 1:
        (only,) = value.values()
        if isinstance(only, str):
            return only
    if "array" in types and value == {}:
        return []
    return value


def coerce(spec: SpecIndex, schema: Any, value: Any, depth: int = 0) -> Any:
    """`value` read leniently against `schema` (a new value; the input is not changed)."""
    if depth > 64:
        return value
    resolved = spec.resolve_schema(schema)
    for keyword in ("oneOf", "anyOf"):
        branches = resolved.get(keyword)
        if isinstance(branches, list):
            for branch in branches:
                candidate = coerce(spec, branch, value, depth + 1)
                if spec.is_valid(branch, candidate):
                    return candidate
            return value
    value = _scalar(resolved, value)
    if isinstance(value, dict):
        properties = resolved.get("properties") or {}
        required = set(resolved.get("required") or [])
        out: dict[str, Any] = {}
        for key, item in value.items():
            child = properties.get(key)
            if child is None:
                out[key] = item
                continue
            read = coerce(spec, child, item, depth + 1)
            if key not in required and read in _EMPTY and not spec.is_valid(child, read):
                continue  # an empty optional value counts as absent
            out[key] = read
        return out
    if isinstance(value, list) and isinstance(resolved.get("items"), dict):
        return [coerce(spec, resolved["items"], item, depth + 1) for item in value]
    return value
