"""The one exception handlers raise; the app turns it into the spec's Error body."""

from __future__ import annotations

from ._spec import Operation

# When an operation does not document the status a problem calls for, the closest documented one.
_FALLBACKS: dict[int, tuple[int, ...]] = {
    400: (422, 404),
    404: (400, 410),
    409: (400,),
    413: (400,),
    422: (400,),
    429: (503,),
}


class ApiError(Exception):
    """An error answer: status, a message naming what was wrong, optional headers and extra fields."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        headers: dict[str, str] | None = None,
        status_in_body: bool = False,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}
        self.status_in_body = status_in_body


def documented_status(op: Operation | None, wanted: int) -> int:
    """`wanted` if `op` documents it, else the closest documented alternative, else `wanted`."""
    if op is None or op.documents(wanted):
        return wanted
    for alternative in _FALLBACKS.get(wanted, ()):
        if op.documents(alternative):
            return alternative
    for status in sorted(int(s) for s in op.responses if s.isdigit()):
        if 400 <= status < 500 and status not in (401, 403, 429):
            return status
    return wanted


class BadRequest(ApiError):
    def __init__(self, message: str) -> None:
        super().__init__(400, message)


class NotFound(ApiError):
    def __init__(self, message: str) -> None:
        super().__init__(404, message)
