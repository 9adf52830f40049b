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


def _values(operation: Operation, request: httpx.Request) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    match = _path_regex(operation.path).search(request.url.raw_path.decode("ascii").split("?", 1)[0])
    for param in operation.parameters:
        if param.location == "path" and match is not None:
            found[param.name] = [unquote(match.group(_group(param.name)))]
        elif param.location == "query" and param.name in request.url.params:
            found[param.name] = request.url.params.get_list(param.name)
    return found


def check_request(request: httpx.Request) -> None:
    """Raise InvalidArgumentError for the first argument the spec rejects."""
    operation = operation_of(request)
    if operation is None:
        return
    values = _values(operation, request)
    for param in operation.parameters:
        if param.name not in values:
            continue
        for value in values[param.name]:
            problem = _problem(param, value)
            if problem:
                kind = "path" if param.location == "path" else "query"
                raise InvalidArgumentError(
                    param.python_name, f"{problem} ({kind} parameter '{param.name}' of {operation.operation_id})"
                )
