"""The request pipeline: route, authenticate, validate, dispatch, answer with the spec's shapes."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import parse_qsl

import anyio.to_thread
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Receive, Scope, Send

from ._auth import TokenIssuer
from ._errors import ApiError, documented_status
from ._faults import FaultInjector
from ._handlers import INSIGHTS, SPECIFIC, Context, Handler, Reply, list_conversations, prepare, process
from ._jobs import FAIL_MARKER
from ._resources import NO_BODY, ResourceModel
from ._routing import RouteMatch, Router
from ._settings import MockSettings
from ._spec import Operation, SpecIndex
from ._spec_source import load_bundled_spec
from ._storage import JobStatusNames, MemoryStorage, State, Storage
from ._upload import BodyTimeout, BodyTooLarge, Upload, drain, read_body, read_upload
from ._validation import RequestValidator, ValidatedRequest
from ._webhooks import WebhookDispatcher

logger = logging.getLogger("symbl_mock")

INTERNAL_ERROR = "Something went wrong! Please contact support@symbl.ai"
SPEC_PATHS = ("/openapi.json",)
# Bodies larger than this are validated and ingested in a worker thread.
OFFLOAD_BYTES = 64 * 1024


class MockCore:
    """Everything one mock instance knows: spec, routes, state, token issuer, webhooks."""

    def __init__(self, settings: MockSettings) -> None:
        self.settings = settings
        raw = settings.spec if settings.spec is not None else load_bundled_spec(settings.spec_dir)
        self.spec = SpecIndex(raw)
        self.validator = RequestValidator(
            self.spec, max_json_bytes=settings.max_json_bytes, lenient=not settings.strict
        )
        self.router = Router(self.spec, self.validator.path_fits)
        self.storage: Storage = MemoryStorage(settings.id_seed)
        self.tokens = TokenIssuer(settings)
        self.webhooks = WebhookDispatcher(settings)
        self.resources = ResourceModel(self.spec)
        self.spec_json = json.dumps(raw, ensure_ascii=False).encode()
        self.problems: list[str] = []
        self.job_statuses = self._job_statuses()
        self._kinds = self._account_kinds()
        self.insights_by_schema: dict[str, Handler] = {}
        for op in self.spec.operations:
            name = self.spec.final_ref_name(self.resources.success_schema(op))
            if op.operation_id in INSIGHTS and name is not None:
                self.insights_by_schema.setdefault(name, INSIGHTS[op.operation_id])

    def _job_statuses(self) -> JobStatusNames:
        """Status names from the spec's `x-symbl-job-status` (the defaults when no operation has one)."""
        for op in self.spec.operations:
            if "x-symbl-job-status" in op.extensions:
                try:
                    return JobStatusNames.from_extension(op.extensions["x-symbl-job-status"])
                except ValueError as exc:
                    raise ValueError(f"{op.operation_id}: {exc}") from None
        return JobStatusNames()

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

    def app_for(self, headers: Mapping[str, str]) -> str:
        """The app whose token the request presents (the primary app when it presents none we issued)."""
        for token in TokenIssuer.presented_tokens(headers) or []:
            app_id = self.tokens.app_of(token)
            if app_id is not None:
                return app_id
        return self.settings.app_id

    def public_url(self, scope: Scope) -> str:
        """Base of URLs handed out: configured, else the address the request arrived on (never `Host`)."""
        if self.settings.public_url:
            return self.settings.public_url
        scheme = str(scope.get("scheme", "http"))
        server = scope.get("server") or ("127.0.0.1", 80)
        host = f"[{server[0]}]" if ":" in str(server[0]) else str(server[0])
        default_port = {"http": 80, "https": 443}.get(scheme)
        return f"{scheme}://{host}" if server[1] in (None, default_port) else f"{scheme}://{host}:{server[1]}"

    def _body_limit(self, op: Operation, headers: Mapping[str, str]) -> int:
        """The size limit of the operation's body, checked against Content-Length before reading."""
        limit = self.settings.max_upload_bytes if op.binary_media_types() else self.settings.max_json_bytes
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.strip().isdigit() or len(declared.strip()) > 18:
                raise ApiError(400, f"Content-Length {declared[:40]!r} is not a byte count")
            if int(declared) > limit:
                raise ApiError(413, f"request body of {int(declared)} bytes is larger than the limit of {limit} bytes")
        return limit

    async def _receive_body(self, op: Operation, headers: Mapping[str, str], receive: Receive) -> bytes | Upload:
        limit = self._body_limit(op, headers)
        timeout = self.settings.body_timeout
        try:
            if op.binary_media_types():
                self.validator.upload_header(op, headers.get("content-type"))
                return await read_upload(receive, limit, timeout, (FAIL_MARKER.encode(),))
            return await read_body(receive, limit, timeout)
        except BodyTooLarge as exc:
            raise ApiError(413, f"request body is larger than {limit} bytes ({exc.size} bytes read)") from None
        except BodyTimeout as exc:
            raise ApiError(408, f"the request body was not received: {exc}") from None

    def _handle(
        self, op: Operation, app_id: str, match: RouteMatch, scope: Scope, headers: dict[str, str], body: bytes | Upload
    ) -> Reply:
        query_pairs = _query_pairs(scope)
        path_values, query, header_values = self.validator.parameters(op, match.path_params, query_pairs, headers)
        if isinstance(body, Upload):
            decoded: Any = body
            media: str | None = self.validator.upload_media(op, headers.get("content-type"), body)
            raw = b""
        else:
            decoded, media = self.validator.body(op, headers.get("content-type"), body)
            raw = body
        if not op.secured and isinstance(decoded, dict) and decoded.get("appId") in self.settings.accounts():
            app_id = str(decoded["appId"])
        request = ValidatedRequest(op, path_values, query, header_values, decoded, media, raw, query_pairs)
        request.prepared = prepare(op, decoded, media)
        with self.storage.transaction(app_id) as state:
            now = self.settings.clock()
            return self.dispatch(Context(self, op, request, state, now, self.public_url(scope), app_id))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = str(scope["method"]).upper()
        raw_path = scope.get("raw_path")
        path = raw_path.decode("latin-1").split("?", 1)[0] if raw_path else str(scope["path"])
        headers: dict[str, str] = {}
        for key, value in scope.get("headers") or []:
            headers.setdefault(key.decode("latin-1").lower(), value.decode("latin-1"))
        op: Operation | None = None
        body: bytes | Upload | None = None
        try:
            if path in SPEC_PATHS and method in ("GET", "HEAD"):
                await drain(receive, self.settings.body_timeout)
                await _send(send, 200, self.spec_json, {"content-type": "application/json"}, head=method == "HEAD")
                return
            match = self.router.match(path, method)
            if match is None:
                raise ApiError(404, f"No such API path: {path}. See /openapi.json for the paths this mock serves.")
            if match.operation is None:
                raise ApiError(
                    405,
                    f"Method {method} is not allowed on {match.route.template}; allowed: {match.route.allow}",
                    headers={"Allow": match.route.allow},
                )
            op = match.operation
            app_id = self.app_for(headers)
            if op.secured:
                # Before a byte of the body is read: an upload without a valid token costs nothing.
                with self.storage.transaction(app_id) as state:
                    self.tokens.authenticate(state, headers, self.settings.clock())
            if op.body_content:
                body = await self._receive_body(op, headers, receive)
            else:  # an operation without a request body ignores whatever body was sent
                await drain(receive, self.settings.body_timeout)
                body = b""
            if isinstance(body, Upload) or len(body) > OFFLOAD_BYTES:
                # Validating and ingesting a large body takes a while: off the event loop, so
                # other requests keep being answered meanwhile.
                reply = await anyio.to_thread.run_sync(self._handle, op, app_id, match, scope, headers, body)
            else:
                reply = self._handle(op, app_id, match, scope, headers, body)
        except ApiError as error:
            status = error.status if error.status in (401, 405, 408, 413) else documented_status(op, error.status)
            payload: dict[str, Any] = {"message": error.message}
            if error.status_in_body:
                payload["statusCode"] = status
            reply = Reply(status, payload, dict(error.headers))
            if body is None and _has_body(headers):
                # Answered without reading the body: close rather than read what nobody wants.
                reply.headers["connection"] = "close"
        except Exception as exc:  # every input must get a documented answer, never a crash
            logger.exception("mock error on %s %s", method, path)
            self.problems.append(f"{method} {path}: {type(exc).__name__}: {exc}")
            reply = Reply(500, {"message": f"{INTERNAL_ERROR} (mock error: {type(exc).__name__})"})
        finally:
            if isinstance(body, Upload):
                body.close()
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


def _has_body(headers: Mapping[str, str]) -> bool:
    return headers.get("content-length", "0").strip() not in ("", "0") or "transfer-encoding" in headers


def _query_pairs(scope: Scope) -> list[tuple[str, str]]:
    raw = scope.get("query_string") or b""
    return parse_qsl(raw.decode("latin-1"), keep_blank_values=True, encoding="utf-8", errors="replace")


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


def websocket_routes(core: MockCore) -> list[BaseRoute]:
    """WebSocket routes of the app: the hook where real-time channels are mounted.

    HTTP requests never reach these routes (`_CoreMiddleware` answers every HTTP request from
    the spec); `websocket` scopes go to the Starlette router, which serves what is listed here.
    A route finds the caller's app (for per-app isolation) with `core.app_for(headers)` or
    `core.tokens.app_of(token)`, and its state with `core.storage.transaction(app_id)`.
    """
    from .realtime import routes

    return routes(core)


def create_app(settings: MockSettings | None = None) -> Starlette:
    """The mock as an ASGI application (usable in-process by httpx.ASGITransport and schemathesis)."""
    settings = settings or MockSettings.from_env()
    core = MockCore(settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        core.webhooks.close()

    app = Starlette(
        routes=websocket_routes(core),
        lifespan=lifespan,
        middleware=[
            Middleware(FaultInjector, faults=settings.faults),
            Middleware(_CoreMiddleware, core=core),
        ],
    )
    app.state.mock = core
    return app
