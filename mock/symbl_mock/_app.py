"""The request pipeline: route, authenticate, validate, dispatch, answer with the spec's shapes."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._auth import TokenIssuer
from ._errors import ApiError, documented_status
from ._faults import FaultInjector
from ._handlers import INSIGHTS, SPECIFIC, Context, Handler, Reply, list_conversations, process
from ._resources import NO_BODY, ResourceModel
from ._routing import Router
from ._settings import MockSettings
from ._spec import Operation, SpecIndex, load_bundled_spec
from ._storage import MemoryStorage, State, Storage
from ._validation import RequestValidator, ValidatedRequest
from ._webhooks import WebhookDispatcher

logger = logging.getLogger("symbl_mock")

INTERNAL_ERROR = "Something went wrong! Please contact support@symbl.ai"
SPEC_PATHS = ("/openapi.json",)


class _BodyTooLarge(Exception):
    def __init__(self, size: int) -> None:
        self.size = size


class MockCore:
    """Everything one mock instance knows: spec, routes, state, token issuer, webhooks."""

    def __init__(self, settings: MockSettings) -> None:
        self.settings = settings
        raw = settings.spec if settings.spec is not None else load_bundled_spec(settings.spec_dir)
        self.spec = SpecIndex(raw)
        self.validator = RequestValidator(self.spec, max_json_bytes=settings.max_json_bytes)
        self.router = Router(self.spec, self.validator.path_fits)
        self.storage: Storage = MemoryStorage(settings.id_seed)
        self.tokens = TokenIssuer(settings)
        self.webhooks = WebhookDispatcher(settings)
        self.resources = ResourceModel(self.spec)
        self.spec_json = json.dumps(raw, ensure_ascii=False).encode()
        self.problems: list[str] = []
        self._kinds = self._account_kinds()
        self.insights_by_schema: dict[str, Handler] = {}
        for op in self.spec.operations:
            name = self.spec.final_ref_name(self.resources.success_schema(op))
            if op.operation_id in INSIGHTS and name is not None:
                self.insights_by_schema.setdefault(name, INSIGHTS[op.operation_id])

    def _account_kinds(self) -> dict[str, list[str]]:
        """Generic resource kinds that insights read: trackers (name + vocabulary), custom entities."""
        kinds: dict[str, list[str]] = {"trackers": [], "entities": []}
        for role in self.resources.roles.values():
            if role.scope_params:
                continue
            props = set(self.resources.properties(role.item_schema))
            if {"name", "vocabulary"} <= props and role.kind not in kinds["trackers"]:
                kinds["trackers"].append(role.kind)
            if {"type", "subType", "values"} <= props and role.kind not in kinds["entities"]:
                kinds["entities"].append(role.kind)
        return kinds

    def account_items(self, state: State, what: str) -> list[dict[str, Any]]:
        return [item for kind in self._kinds[what] for item in state.all_items(kind)]

    # -- dispatch ------------------------------------------------------------------------------

    def _check_parents(self, ctx: Context, own_id: str | None) -> None:
        for name, value in ctx.path.items():
            if name == "conversationId":
                ctx.conversation()
            elif name != own_id and name in self.resources.id_params:
                kind = self.resources.id_params[name]
                if not any(item.get("id") == str(value) for item in ctx.state.all_items(kind)):
                    raise ApiError(404, f"{name.removesuffix('Id')} {value} was not found")

    def dispatch(self, ctx: Context) -> Reply:
        op = ctx.op
        handler = SPECIFIC.get(op.operation_id)
        if handler is not None:
            return handler(ctx)
        if "x-symbl-job" in op.extensions:
            return process(ctx)
        role = self.resources.roles.get(op.operation_id)
        self._check_parents(ctx, role.id_param if role is not None else None)
        pagination = op.extensions.get("x-symbl-pagination")
        if isinstance(pagination, dict):
            shape = self.resources.shape(self.resources.success_schema(op))
            if shape is not None and shape.kind == "Conversation":
                return list_conversations(ctx)
        insight = INSIGHTS.get(op.operation_id)
        if insight is None and "conversationId" in ctx.path:
            insight = self.insights_by_schema.get(self.spec.final_ref_name(self.resources.success_schema(op)) or "")
        if insight is not None:
            return insight(ctx)
        if role is not None:
            status, body = self.resources.handle(role, op, ctx.state, ctx.path, ctx.query, ctx.req.body, ctx.now)
            reply = Reply(status, body)
            problems = self._conformance(op, reply)
            if not problems:
                return reply
            logger.warning(
                "generic %s answer did not match the spec (%s); answering the example", op.operation_id, problems
            )
        return self.example(op)

    def example(self, op: Operation) -> Reply:
        status = op.success_status()
        media, _schema = self.spec.response_schema(op, status)
        if media is None:
            return Reply(status)
        return Reply(status, self.spec.response_example(op, status))

    def _conformance(self, op: Operation, reply: Reply) -> list[str]:
        if reply.body is NO_BODY:
            return self.spec.check_response(op, reply.status, None, b"")
        return self.spec.check_response(op, reply.status, "application/json", _encode(reply.body))

    # -- ASGI --------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = str(scope["method"]).upper()
        raw_path = scope.get("raw_path")
        path = raw_path.decode("latin-1").split("?", 1)[0] if raw_path else str(scope["path"])
        headers: dict[str, str] = {}
        for key, value in scope.get("headers") or []:
            headers.setdefault(key.decode("latin-1").lower(), value.decode("latin-1"))
        base_url = _base_url(scope, headers)
        op: Operation | None = None
        try:
            if path in SPEC_PATHS and method in ("GET", "HEAD"):
                await _drain(receive)
                await _send(send, 200, self.spec_json, {"content-type": "application/json"}, head=method == "HEAD")
                return
            match = self.router.match(path, method)
            if match is None:
                await _drain(receive)
                raise ApiError(404, f"No such API path: {path}. See /openapi.json for the paths this mock serves.")
            if match.operation is None:
                await _drain(receive)
                raise ApiError(
                    405,
                    f"Method {method} is not allowed on {match.route.template}; allowed: {match.route.allow}",
                    headers={"Allow": match.route.allow},
                )
            op = match.operation
            limit = self.settings.max_upload_bytes if op.binary_media_types() else self.settings.max_json_bytes
            if not op.body_content:
                # An operation without a request body ignores whatever body was sent.
                await _drain(receive)
                body = b""
            else:
                try:
                    body = await _read_body(receive, limit)
                except _BodyTooLarge as exc:
                    raise ApiError(413, f"request body is larger than {limit} bytes ({exc.size} bytes read)") from None
            now = self.settings.clock()
            if op.secured:
                with self.storage.transaction() as state:
                    self.tokens.authenticate(state, headers, now)
            query_pairs = _query_pairs(scope)
            path_values, query, header_values = self.validator.parameters(op, match.path_params, query_pairs, headers)
            decoded, media = self.validator.body(op, headers.get("content-type"), body)
            request = ValidatedRequest(op, path_values, query, header_values, decoded, media, body, query_pairs)
            with self.storage.transaction() as state:
                reply = self.dispatch(Context(self, op, request, state, now, base_url))
        except ApiError as error:
            status = error.status if error.status in (401, 405) else documented_status(op, error.status)
            payload: dict[str, Any] = {"message": error.message}
            if error.status_in_body:
                payload["statusCode"] = status
            reply = Reply(status, payload, dict(error.headers))
        except Exception as exc:  # every input must get a documented answer, never a crash
            logger.exception("mock error on %s %s", method, path)
            self.problems.append(f"{method} {path}: {type(exc).__name__}: {exc}")
            reply = Reply(500, {"message": f"{INTERNAL_ERROR} (mock error: {type(exc).__name__})"})
        content = b"" if reply.body is NO_BODY else _encode(reply.body)
        response_headers = dict(reply.headers)
        if reply.body is not NO_BODY:
            response_headers["content-type"] = "application/json"
        await _send(send, reply.status, content, response_headers, head=method == "HEAD")


def _encode(body: Any) -> bytes:
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    try:
        return text.encode()
    except UnicodeEncodeError:  # a lone surrogate sent by a client: escape it instead
        return json.dumps(body, separators=(",", ":")).encode()


def _base_url(scope: Scope, headers: dict[str, str]) -> str:
    host = headers.get("host")
    if not host:
        server = scope.get("server") or ("127.0.0.1", 80)
        host = f"{server[0]}:{server[1]}"
    return f"{scope.get('scheme', 'http')}://{host}"


def _query_pairs(scope: Scope) -> list[tuple[str, str]]:
    from urllib.parse import parse_qsl

    raw = scope.get("query_string") or b""
    return parse_qsl(raw.decode("latin-1"), keep_blank_values=True, encoding="utf-8", errors="replace")


async def _read_body(receive: Receive, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message: Message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _BodyTooLarge(size)
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _drain(receive: Receive) -> None:
    """Consume the request body without keeping it."""
    while True:
        message: Message = await receive()
        if message["type"] == "http.disconnect" or not message.get("more_body", False):
            return


async def _send(send: Send, status: int, content: bytes, headers: dict[str, str], *, head: bool = False) -> None:
    raw_headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
    raw_headers.append((b"content-length", str(len(content)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": b"" if head else content})


class _CoreMiddleware:
    """Answers every HTTP request with the mock; lifespan events go on to Starlette."""

    def __init__(self, app: ASGIApp, core: MockCore) -> None:
        self.app = app
        self.core = core

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self.core(scope, receive, send)
        else:
            await self.app(scope, receive, send)


def create_app(settings: MockSettings | None = None) -> Starlette:
    """The mock as an ASGI application (usable in-process by httpx.ASGITransport and schemathesis)."""
    settings = settings or MockSettings.from_env()
    core = MockCore(settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        core.webhooks.close()

    app = Starlette(
        lifespan=lifespan,
        middleware=[
            Middleware(FaultInjector, faults=settings.faults),
            Middleware(_CoreMiddleware, core=core),
        ],
    )
    app.state.mock = core
    from .realtime import mount as mount_realtime

    mount_realtime(app, core)
    return app
