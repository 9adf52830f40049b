"""Every operation of the spec, called through the public async client against the mock.

The scenario (order, ids, inputs from the spec's examples) is the mock's own every-operation
driver; here each call goes through `AsyncSymbl` — resource methods, typed models built from the
examples, auth, retries and argument checks — instead of raw HTTP.
"""

from __future__ import annotations

import datetime
import enum
import sys
import types
import typing
from collections.abc import Callable
from typing import Any
from uuid import UUID

import httpx

from _symbl_api_generated import models as generated_models
from _symbl_api_generated._operations import OPERATIONS as TABLE
from _symbl_api_generated.types import Response, Unset
from symbl_api import AsyncSymbl
from symbl_mock import MockSettings, create_app
from tests.mock.conftest import OPERATIONS, assert_conforms
from tests.mock.test_every_operation import drive_every_operation

BY_ID = {op.operation_id: op for op in TABLE.values()}
NAMESPACE: dict[str, Any] = {
    **{name: getattr(generated_models, name) for name in generated_models.__all__},
    "datetime": datetime,
    "UUID": UUID,
}


def _concrete(annotation: Any) -> list[Any]:
    """The non-Unset members of an annotation."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [a for a in typing.get_args(annotation) if a is not Unset and a is not type(None)]
    return [annotation]


def _convert(annotation: Any, value: Any) -> Any:
    for kind in _concrete(annotation):
        origin = typing.get_origin(kind)
        if origin is list:
            (inner,) = typing.get_args(kind)
            return [_convert(inner, item) for item in (value if isinstance(value, list) else [value])]
        try:
            if isinstance(kind, type) and issubclass(kind, enum.Enum):
                return kind(value)
            if kind is bool:
                return value if isinstance(value, bool) else str(value).lower() == "true"
            if kind in (int, float):
                return kind(value)
            if kind is datetime.datetime:
                return datetime.datetime.fromisoformat(str(value))
            if kind is UUID:
                return UUID(str(value))
            if hasattr(kind, "from_dict"):
                return kind.from_dict(value)
            if kind is str:
                return str(value)
        except (ValueError, KeyError, TypeError):
            continue
    return value


class ClientSession:
    """The mock driver's session interface, answered through the public client."""

    def __init__(self, client: AsyncSymbl, app: Any) -> None:
        self.client, self.app = client, app
        self.calls: list[tuple[str, httpx.Response]] = []

    async def call(self, operation_id: str, *, path: dict[str, str] | None = None, **kwargs: Any) -> httpx.Response:
        op = BY_ID[operation_id]
        method: Callable[..., Any] = getattr(getattr(self.client, op.tag).with_raw_response, op.name)
        # Resources live in one module per tag; their model names are imported for type checkers only.
        hints = typing.get_type_hints(method, globalns={**vars(sys.modules[method.__module__]), **NAMESPACE})
        args = [(path or {})[p.name] for p in op.parameters if p.location == "path"]
        call: dict[str, Any] = {}
        by_wire = {p.name: p.python_name for p in op.parameters if p.location == "query"}
        for name, value in kwargs.get("params") or []:
            python = by_wire[name]
            if typing.get_origin(_concrete(hints[python])[0]) is list:
                call.setdefault(python, []).append(_convert(typing.get_args(_concrete(hints[python])[0])[0], value))
            else:
                call[python] = _convert(hints[python], value)
        if "json" in kwargs:
            call["body"] = _convert(hints["body"], kwargs["json"])
        if "content" in kwargs:
            call["body"], call["media_type"] = kwargs["content"], kwargs["headers"]["Content-Type"]
        raw: Response[Any] = await method(*args, **call)
        response = httpx.Response(int(raw.status_code), headers=raw.headers, content=raw.content)
        self.calls.append((operation_id, response))
        assert_conforms(operation_id, response)
        return response


async def test_every_operation_through_the_public_client() -> None:
    settings = MockSettings(job_seconds=0.0)
    app = create_app(settings)
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app))
    async with AsyncSymbl(
        base_url="http://mock.test", app_id=settings.app_id, app_secret=settings.app_secret, http_client=http
    ) as client:
        session = ClientSession(client, app)
        await drive_every_operation(session)  # type: ignore[arg-type]
    # Every operation answered 2xx at least once (a name clash answers 409 and is retried renamed).
    assert {operation_id for operation_id, r in session.calls if 200 <= r.status_code < 300} == set(OPERATIONS)
    assert app.state.mock.problems == []
