"""Successful answers are checked against the spec before the generated code parses them.

The generated parser of the operation (msgspec, from the spec's response schemas) is run here,
once: a body it cannot read becomes a `ResponseValidationError` naming the operation and the
JSON path at fault, instead of a `msgspec.ValidationError` from deep inside generated code, and
the decoded value is left in the response's PARSED_EXTENSION for the generated
`_build_response`, which then does not decode the body again. The generated package cannot raise
our errors itself (it never imports this package), hence the check here, inside the transport's
retry loop (an unreadable answer to an idempotent request is asked for again).
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable
from typing import Any

import httpx
import msgspec

from _symbl_api_generated._operations import Operation
from _symbl_api_generated.types import PARSED_EXTENSION

from ._errors import ResponseValidationError, truncate

# msgspec ends its messages with " - at `$.path`"; a missing field is named in the message.
_AT = re.compile(r"\s+-\s+at\s+`(?P<path>\$[^`]*)`\s*$")
_MISSING = re.compile(r"missing required field `(?P<field>[^`]+)`")


class NotJSONError(ResponseValidationError):
    """A 2xx body that is empty or not JSON (a proxy's page, a cut-off answer): worth a retry."""


@functools.cache
def _parser(operation: Operation) -> Callable[[httpx.Response], Any]:
    module = importlib.import_module(f"_symbl_api_generated.api.{operation.tag}.{operation.name}")
    parse: Callable[[httpx.Response], Any] = module._parse_response
    return parse


def check(operation: Operation | None, response: httpx.Response) -> None:
    """Decode this 2xx answer with the generated parser, keeping the result on the response;
    raise ResponseValidationError if it cannot be read."""
    if operation is None or not 200 <= response.status_code < 300:
        return
    try:
        parsed = _parser(operation)(response)
    except msgspec.ValidationError as error:
        path, problem = locate(str(error))
        raise _error(operation, response, path, problem) from None
    except msgspec.DecodeError as error:
        what = "an empty body" if not response.content.strip() else f"not JSON ({error}): {response.content[:200]!r}"
        raise _error(operation, response, "$", what, NotJSONError) from None
    except (ValueError, TypeError, KeyError) as error:  # checks of the model itself (__post_init__)
        raise _error(operation, response, "$", f"{type(error).__name__}: {error}") from None
    response.extensions = {**response.extensions, PARSED_EXTENSION: parsed}


def locate(message: str) -> tuple[str, str]:
    """(JSON path, problem) from a msgspec validation message."""
    found = _AT.search(message)
    path = found.group("path") if found else "$"
    problem = message[: found.start()] if found else message
    missing = _MISSING.search(problem)
    if missing:
        path = f"{path}.{missing.group('field')}"
    return path, problem


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
