"""Describing a schema violation in an error message, without ever repeating a secret."""

from __future__ import annotations

from typing import Any

from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]


def _path_text(path: Any) -> str:
    out = ""
    for token in path:
        out += f"[{token}]" if isinstance(token, int) else (f".{token}" if out else str(token))
    return out


def _may_hold_secret(error: ValidationError) -> bool:
    """A secret field (x-symbl-secret, writeOnly or format password), or an object or array
    that may contain one."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    secret = schema.get("x-symbl-secret") or schema.get("writeOnly") or schema.get("format") == "password"
    if secret:
        return True
    # These messages name keys only; others on an object (or a list of them) repeat it whole.
    instance = error.instance
    holds_objects = isinstance(instance, dict) or (
        isinstance(instance, list) and any(isinstance(i, dict) for i in instance)
    )
    return holds_objects and error.validator not in ("required", "additionalProperties")


def describe_error(error: ValidationError, where: str) -> str:
    """`where` + the failing location + jsonschema's message, kept short."""
    location = _path_text(error.absolute_path)
    message = error.message
    if _may_hold_secret(error):
        # jsonschema's message repeats the value; the value of a secret must never come back.
        message = f"does not satisfy '{error.validator}': {error.validator_value!r} (value not shown)"
    if len(message) > 240:
        message = message[:237] + "..."
    return f"{where} at '{location}': {message}" if location else f"{where}: {message}"
