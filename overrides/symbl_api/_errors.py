"""Typed errors: one class per status family, plus connection, timeout, job and argument errors."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


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
    """The request timed out."""


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
        self.headers = dict(headers)
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
    status_code: int, content: bytes, headers: Mapping[str, str], operation: str | None = None
) -> APIStatusError:
    """The typed error for a 4xx/5xx response, with the server's own message when it gave one."""
    body: Any
    try:
        body = json.loads(content) if content else None
    except ValueError:
        body = content.decode("utf-8", "replace")
    message = body.get("message") if isinstance(body, dict) else None
    if not isinstance(message, str) or not message:
        message = f"HTTP {status_code}"
    where = f" ({operation})" if operation else ""
    cls = _BY_STATUS.get(status_code) or (InternalServerError if status_code >= 500 else APIStatusError)
    return cls(
        f"{status_code}{where}: {message}", status_code=status_code, body=body, headers=headers, operation=operation
    )


class JobError(SymblError):
    """A processing job did not finish well; `job` is the last status body seen."""

    def __init__(self, message: str, *, job_id: str, job: Mapping[str, Any] | None) -> None:
        super().__init__(message)
        self.job_id = job_id
        self.job = job


class JobFailedError(JobError):
    """The job reached a failed status."""


class JobTimeoutError(JobError):
    """The job was not final before the deadline."""
