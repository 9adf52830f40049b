"""Typed errors: one class per status family, plus connection, timeout, job and argument errors."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

from _symbl_api_generated._operations import OPERATIONS

# Longer server messages are cut in `str(error)`; the whole body stays on `error.body`.
MAX_MESSAGE_CHARS = 500


class SymblError(Exception):
    """Base of every error this client raises."""


class InvalidArgumentError(SymblError, ValueError):
    """An argument was rejected before any request was sent; `parameter` names it."""

    def __init__(self, parameter: str, problem: str) -> None:
        super().__init__(f"{parameter}: {problem}")
        self.parameter = parameter


class APIError(SymblError):
    """Any failure talking to the API."""

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.operation = operation


class APIConnectionError(APIError):
    """The request did not get a response (refused, reset, DNS...)."""


class APITimeoutError(APIConnectionError):
    """The request timed out (no answer, or the answer took longer than the timeout)."""


class OutcomeUnknownError(APIError):
    """A call that is not safe to repeat (a submission, an append) may or may not have taken
    effect: the answer was lost or was a server error. It was not retried; the message says
    how to check before trying again."""


class ConnectionOutcomeUnknownError(APIConnectionError, OutcomeUnknownError):
    """The connection failed after a non-idempotent request was sent."""


class TimeoutOutcomeUnknownError(APITimeoutError, ConnectionOutcomeUnknownError):
    """A non-idempotent request was sent and its answer did not come in time."""


class ResponseValidationError(APIError):
    """A successful answer that is not what the spec says; `path` is the JSON path at fault."""

    def __init__(self, message: str, *, operation: str | None, status_code: int, path: str, body: bytes) -> None:
        super().__init__(message, operation=operation)
        self.status_code = status_code
        self.path = path
        self.body = body


class ResponseTooLargeError(APIError):
    """The (decoded) answer was larger than the client accepts (`max_response_bytes`)."""


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status."""

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: Any,
        headers: Mapping[str, str],
        operation: str | None = None,
    ) -> None:
        super().__init__(message, operation=operation)
        self.status_code = status_code
        self.body = body
        # Case-insensitive, as HTTP headers are: e.headers["Retry-After"] works.
        self.headers = httpx.Headers(headers)
        self.request_id = self.headers.get("x-request-id")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class BadRequestError(APIStatusError):
    """400: the request is malformed; the message names the field."""


class AuthenticationError(APIStatusError):
    """401: credentials are missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not do this."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist or its data is not ready yet."""


class ConflictError(APIStatusError):
    """409: the resource already exists."""


class PayloadTooLargeError(APIStatusError):
    """413: the body is larger than the API accepts."""


class UnprocessableEntityError(APIStatusError):
    """422: the body is well-formed but not acceptable."""


class RateLimitError(APIStatusError):
    """429: too many requests or concurrent jobs."""


class InternalServerError(APIStatusError):
    """5xx: a failure on the server's side."""


class ServerOutcomeUnknownError(InternalServerError, OutcomeUnknownError):
    """A 5xx answer to a non-idempotent call: the server may have acted before failing."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(
    status_code: int,
    content: bytes,
    headers: Mapping[str, str],
    operation: str | None = None,
    path_params: Mapping[str, str] | None = None,
) -> APIStatusError:
    """The typed error for a 4xx/5xx response, with the server's own message when it gave one."""
    body: Any
    try:
        body = json.loads(content) if content else None
    except ValueError:
        body = content.decode("utf-8", "replace")
    message = body.get("message") if isinstance(body, dict) else body if isinstance(body, str) else None
    if not isinstance(message, str) or not message.strip():
        message = f"HTTP {status_code}"
    message = truncate(message)
    op = OPERATIONS.get(operation) if operation else None
    name = op.operation_id if op else operation
    where = f" ({name})" if name else ""
    cls = _BY_STATUS.get(status_code) or (InternalServerError if status_code >= 500 else APIStatusError)
    if cls is InternalServerError and op is not None and not op.idempotent:
        cls = ServerOutcomeUnknownError
        message += f"; {outcome_hint(op.operation_id, path_params)}"
    return cls(f"{status_code}{where}: {message}", status_code=status_code, body=body, headers=headers, operation=name)


def truncate(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text) - limit} more characters on .body)"


def outcome_hint(operation_id: str, path_params: Mapping[str, str] | None) -> str:
    """How to check whether a non-idempotent call took effect before repeating it."""
    known = ", ".join(f"{k}={v}" for k, v in (path_params or {}).items())
    where = f" for {known}" if known else ""
    return (
        f"{operation_id} is not safe to repeat, so it was not retried and its outcome is unknown:"
        f" the server may have acted. Check{where} (list the conversations or jobs, or read the"
        " conversation's messages) before calling it again"
    )


class JobError(SymblError):
    """A processing job did not finish well; `job` is the last status body seen."""

    def __init__(self, message: str, *, job_id: str, job: Mapping[str, Any] | None) -> None:
        super().__init__(message)
        self.job_id = job_id
        self.job = job


class JobFailedError(JobError):
    """The job reached a failed status; `reason` is the job's own explanation, if it gave one."""

    def __init__(self, message: str, *, job_id: str, job: Mapping[str, Any] | None, reason: str | None) -> None:
        super().__init__(message, job_id=job_id, job=job)
        self.reason = reason


class JobTimeoutError(JobError):
    """The job was not final before the deadline."""
