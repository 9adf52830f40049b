"""Successful answers are checked against the spec before the generated code parses them.

The generated parser of the operation (from the spec's response schemas) is run once here; a
body it cannot read becomes a `ResponseValidationError` naming the operation and the JSON path
at fault, instead of a `KeyError` from deep inside a generated model. The generated package
cannot raise our errors itself (it never imports this package), hence the check here.
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Callable
from typing import Any

import httpx

from _symbl_api_generated import errors as generated_errors
from _symbl_api_generated._operations import Operation
from _symbl_api_generated.client import Client

from ._errors import ResponseValidationError, truncate

_STRICT = Client(base_url="http://unused", raise_on_unexpected_status=True)


class NotJSONError(ResponseValidationError):
    """A 2xx body that is empty or not JSON (a proxy's page, a cut-off answer): worth a retry."""


@functools.cache
def _parser(operation: Operation) -> Callable[..., Any]:
    module = importlib.import_module(f"_symbl_api_generated.api.{operation.tag}.{operation.name}")
    parse: Callable[..., Any] = module._parse_response
    return parse


def check(operation: Operation | None, response: httpx.Response) -> None:
    """Raise ResponseValidationError if the generated parser cannot read this 2xx answer."""
    if operation is None or not 200 <= response.status_code < 300:
        return
    parse = _parser(operation)
    try:
        parse(client=_STRICT, response=response)
    except generated_errors.UnexpectedStatus:
        raise _error(operation, response, "$", f"status {response.status_code} is not documented") from None
    except json.JSONDecodeError:
        what = "an empty body" if not response.content.strip() else f"not JSON: {response.content[:200]!r}"
        raise _error(operation, response, "$", what, NotJSONError) from None
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
        path, problem = _locate(parse, response, error)
        raise _error(operation, response, path, problem) from None


def _error(
    operation: Operation,
    response: httpx.Response,
    path: str,
    problem: str,
    cls: type[ResponseValidationError] = ResponseValidationError,
) -> ResponseValidationError:
    return cls(
        truncate(
            f"{operation.operation_id} answered {response.status_code} with a body that does not match the spec"
            f" at {path}: {problem}"
        ),
        operation=operation.operation_id,
        status_code=response.status_code,
        path=path,
        body=response.content,
    )


class _Seen(dict[str, Any]):
    """A JSON object that records when a generated model starts reading it (`dict(src)`)."""

    def __init__(self, data: dict[str, Any], path: str, log: list[_Seen]) -> None:
        super().__init__(data)
        self.path, self._log = path, log

    def keys(self) -> Any:
        self._log.append(self)
        return super().keys()

    def __iter__(self) -> Any:
        self._log.append(self)
        return super().__iter__()


def _track(value: Any, path: str, log: list[_Seen]) -> Any:
    if isinstance(value, dict):
        return _Seen({k: _track(v, f"{path}.{k}", log) for k, v in value.items()}, path, log)
    if isinstance(value, list):
        return [_track(v, f"{path}[{i}]", log) for i, v in enumerate(value)]
    return value


class _Replay:
    """The answer again, with every object tracked, for the generated parser to fail on once more."""

    def __init__(self, response: httpx.Response, data: Any) -> None:
        self.status_code, self.headers, self.content, self._data = (
            response.status_code,
            response.headers,
            response.content,
            data,
        )

    def json(self) -> Any:
        return self._data


def _locate(parse: Callable[..., Any], response: httpx.Response, error: Exception) -> tuple[str, str]:
    """Where in the body the parser failed: re-run it on a tracked copy (only on failure)."""
    log: list[_Seen] = []
    try:
        parse(client=_STRICT, response=_Replay(response, _track(response.json(), "$", log)))
    except KeyError as again:
        key = str(again.args[0]) if again.args else "?"
        holder = next((seen for seen in reversed(log) if key not in seen), None)
        return f"{holder.path if holder else '$'}.{key}", f"required field {key!r} is missing"
    except Exception as again:  # the same failure as `error`, now with a place
        error = again
    if "dictionary update sequence" in str(error) and isinstance(response.json(), list) and len(log) <= 1:
        return "$", "expected an object, got a list"
    if not log:
        return "$", f"expected an object, got {type(response.json()).__name__}"
    return f"{log[-1].path} (or a field inside it)", f"{type(error).__name__}: {error}"
