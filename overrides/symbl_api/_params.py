"""Check path and query arguments against the spec's constraints before anything is sent.

The constraints (ranges, enums, patterns, lengths) come from the operation table generated
from the spec, so a bad argument fails here, naming the parameter, instead of costing a
round trip and a 400.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import unquote

import httpx

from _symbl_api_generated._operations import Operation, Parameter

from ._errors import InvalidArgumentError
from ._retry import operation_of


@functools.cache
def _path_regex(path: str) -> re.Pattern[str]:
    pattern = re.sub(r"\\\{([^}]+)\\\}", lambda m: f"(?P<{_group(m.group(1))}>[^/]*)", re.escape(path))
    return re.compile(pattern + "$")


def _group(name: str) -> str:
    return re.sub(r"\W", "_", name)


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _problem(param: Parameter, value: str) -> str | None:
    if param.enum is not None and value not in param.enum:
        return f"{value!r} is not one of {', '.join(param.enum)}"
    if param.type in ("integer", "number"):
        try:
            number = float(value)
        except ValueError:
            return f"{value!r} is not a number"
        if param.minimum is not None and number < param.minimum:
            return f"{value} is less than the minimum {param.minimum:g}"
        if param.maximum is not None and number > param.maximum:
            return f"{value} is greater than the maximum {param.maximum:g}"
    if param.type == "string":
        if param.min_length is not None and len(value) < param.min_length:
            return f"{value!r} is shorter than {param.min_length} characters"
        if param.max_length is not None and len(value) > param.max_length:
            return f"{value!r} is longer than {param.max_length} characters"
        if param.pattern is not None and not _compiled(param.pattern).search(value):
            return f"{value!r} does not match the pattern {param.pattern}"
    return None


@functools.cache
def _checked(operation: Operation) -> tuple[tuple[Parameter, ...], tuple[Parameter, ...]]:
    """(path, query) parameters that carry a constraint worth checking."""

    def constrained(p: Parameter) -> bool:
        return any(v is not None for v in (p.enum, p.minimum, p.maximum, p.pattern, p.min_length, p.max_length))

    path = tuple(p for p in operation.parameters if p.location == "path" and constrained(p))
    query = tuple(p for p in operation.parameters if p.location == "query" and constrained(p))
    return path, query


def _values(operation: Operation, request: httpx.Request) -> list[tuple[Parameter, str]]:
    path_params, query_params = _checked(operation)
    found: list[tuple[Parameter, str]] = []
    if path_params:
        match = _path_regex(operation.path).search(request.url.raw_path.decode("ascii").split("?", 1)[0])
        if match is not None:
            found.extend((p, unquote(match.group(_group(p.name)))) for p in path_params)
    if query_params and request.url.query:
        params = request.url.params
        found.extend((p, value) for p in query_params for value in params.get_list(p.name))
    return found


def path_values(operation: Operation, request: httpx.Request) -> dict[str, str]:
    """The path parameters of a request by their spec names (for messages that say what to check)."""
    match = _path_regex(operation.path).search(request.url.raw_path.decode("ascii").split("?", 1)[0])
    if match is None:
        return {}
    return {p.name: unquote(match.group(_group(p.name))) for p in operation.parameters if p.location == "path"}


def check_request(request: httpx.Request) -> None:
    """Raise InvalidArgumentError for the first argument the spec rejects."""
    operation = operation_of(request)
    if operation is None:
        return
    for param, value in _values(operation, request):
        problem = _problem(param, value)
        if problem:
            kind = "path" if param.location == "path" else "query"
            raise InvalidArgumentError(
                param.python_name, f"{problem} ({kind} parameter '{param.name}' of {operation.operation_id})"
            )
