"""Mutants of the mock, derived from the spec, and the share of them conformance testing catches.

Each mutant is the real mock behind an ASGI middleware that breaks one promise the spec makes
about one operation. For every operation family (tag) and every kind below, the first operation
of the family the kind applies to gets a mutant (nothing is listed by hand):

- drop-field: a 2xx body loses its first required property;
- change-type: that property comes back with another JSON type;
- accept-invalid: a request the mock rejects (400) is answered with the documented success;
- skip-auth: the operation answers whatever the credentials (a wrong token is replaced by a good one);
- ok-for-missing: an id the mock does not know (404) is answered with the documented success;
- break-link: a create answers with an id other than the one it stored, so its link leads nowhere.

Each mutant gets a focused run (the operation, and the chain of links that reaches it when it
needs an id); it is caught when that run reports a failure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from . import engine
from .plan import stateful_plan
from .spec_links import explicit_links, operations, path_parameters, resolve
from .targets import new_mock

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
# (status, JSON body, request headers) -> replacement (status, body), or None to keep the answer
Rewrite = Callable[[int, Any], tuple[int, Any] | None]


def operation_matcher(spec: dict[str, Any]) -> Callable[[str, str], str | None]:
    """(method, path) -> operationId, literal segments winning over templated ones."""
    table = []
    for op_id, (path, method, _) in operations(spec).items():
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$"
        table.append((-path.count("/") + path.count("{") * 0.5, re.compile(pattern), method.upper(), op_id))
    table.sort(key=lambda row: row[0])

    def match(method: str, path: str) -> str | None:
        return next((op_id for _, rx, m, op_id in table if m == method and rx.match(path)), None)

    return match


def intercept(
    app: ASGIApp,
    match: Callable[[str, str], str | None],
    op_id: str,
    rewrite: Rewrite,
    headers: Callable[[Scope], Scope] | None = None,
) -> ASGIApp:
    """Serve `app`, passing the answers of `op_id` through `rewrite` (and its requests through `headers`)."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or match(scope["method"], scope["path"]) != op_id:
            await app(scope, receive, send)
            return
        if headers is not None:
            scope = headers(scope)
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            raw = b"".join(chunks)
            try:
                body: Any = json.loads(raw) if raw else None
            except ValueError:
                body = None
            status = start["status"]
            replaced = rewrite(status, body)
            kept = [(k, v) for k, v in start["headers"] if k not in (b"content-length", b"content-type")]
            if replaced is None:
                kept = [(k, v) for k, v in start["headers"] if k != b"content-length"]
            else:
                status, new_body = replaced
                raw = json.dumps(new_body).encode()
                kept.append((b"content-type", b"application/json"))
            await send({**start, "status": status, "headers": [*kept, (b"content-length", str(len(raw)).encode())]})
            await send({"type": "http.response.body", "body": raw})

        await app(scope, receive, capture)

    return wrapped


# The phases that can see each kind of break (stateful is added when the operation needs an id).
PHASES_FOR: dict[str, tuple[str, ...]] = {
    "drop-field": ("examples", "fuzzing"),
    "change-type": ("examples", "fuzzing"),
    "accept-invalid": ("coverage",),
    "skip-auth": ("examples", "fuzzing"),
    "ok-for-missing": (),
    "break-link": (),
}


@dataclass(frozen=True)
class Mutant:
    kind: str
    family: str
    operation_id: str
    focus: frozenset[str]
    stateful: bool
    make: Callable[[ASGIApp, str], ASGIApp]  # (mock app, valid token) -> mutant

    @property
    def name(self) -> str:
        return f"{self.kind} {self.family}:{self.operation_id}"


def _success(spec: dict[str, Any], op: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    for status, response in op.get("responses", {}).items():
        if status.startswith("2"):
            content = resolve(spec, response).get("content") or {}
            media = content.get("application/json")
            if media is not None:
                return int(status), media
    return None


def _example(spec: dict[str, Any], media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    for example in (media.get("examples") or {}).values():
        return resolve(spec, example).get("value")
    return {}


def _first_required(spec: dict[str, Any], op: dict[str, Any]) -> str | None:
    success = _success(spec, op)
    if success is None:
        return None
    schema = resolve(spec, success[1].get("schema", {}))
    required = schema.get("required") or []
    return str(required[0]) if required else None


def _other_type(value: Any) -> Any:
    if isinstance(value, bool | int | float):
        return "not a number"
    if isinstance(value, str):
        return 12345
    if isinstance(value, list):
        return {"not": "a list"}
    if isinstance(value, dict):
        return ["not", "an", "object"]
    return 0


def _other_id(value: Any) -> Any:
    """An id of the same shape that the server never issued."""
    text = str(value)
    if not text:
        return "0"
    last = text[-1]
    swapped = {"9": "8"}.get(last, "9") if last.isdigit() else ("0" if last != "0" else "1")
    return text[:-1] + swapped


def _with_token(token: str) -> Callable[[Scope], Scope]:
    def swap(scope: Scope) -> Scope:
        kept = [(k, v) for k, v in scope["headers"] if k not in (b"authorization", b"x-api-key")]
        return {**scope, "headers": [*kept, (b"authorization", f"Bearer {token}".encode())]}

    return swap


def generate(spec: dict[str, Any]) -> list[Mutant]:
    ops = operations(spec)
    links = explicit_links(spec)
    plan = {p.source: p for p in stateful_plan(spec)}
    chains: dict[str, tuple[str, ...]] = {}
    # The shortest chain from a create that reaches each operation (a list finds nothing in a fresh mock).
    for step in sorted(plan.values(), key=lambda p: len(p.chain)):
        if ops[step.chain[0]][1] == "post":
            for op_id in step.operation_ids:
                chains.setdefault(op_id, step.chain)
    match = operation_matcher(spec)

    def reach(op_id: str) -> tuple[frozenset[str], bool]:
        if not path_parameters(spec, op_id):
            return frozenset({op_id}), False
        return frozenset({*chains.get(op_id, ()), op_id}), True

    def drop(op_id: str, field_name: str) -> Callable[[ASGIApp, str], ASGIApp]:
        def rewrite(status: int, body: Any) -> tuple[int, Any] | None:
            if 200 <= status < 300 and isinstance(body, dict) and field_name in body:
                return status, {k: v for k, v in body.items() if k != field_name}
            return None

        return lambda app, token: intercept(app, match, op_id, rewrite)

    def retype(op_id: str, field_name: str) -> Callable[[ASGIApp, str], ASGIApp]:
        def rewrite(status: int, body: Any) -> tuple[int, Any] | None:
            if 200 <= status < 300 and isinstance(body, dict) and field_name in body:
                return status, {**body, field_name: _other_type(body[field_name])}
            return None

        return lambda app, token: intercept(app, match, op_id, rewrite)

    def succeed_on(op_id: str, code: int, success: tuple[int, dict[str, Any]]) -> Callable[[ASGIApp, str], ASGIApp]:
        status_ok, media = success
        example = _example(spec, media)

        def rewrite(status: int, body: Any) -> tuple[int, Any] | None:
            return (status_ok, example) if status == code else None

        return lambda app, token: intercept(app, match, op_id, rewrite)

    def no_auth(op_id: str) -> Callable[[ASGIApp, str], ASGIApp]:
        return lambda app, token: intercept(app, match, op_id, lambda s, b: None, headers=_with_token(token))

    def wrong_id(op_id: str, pointer: str) -> Callable[[ASGIApp, str], ASGIApp]:
        tokens = [t for t in pointer.split("/") if t]

        def rewrite(status: int, body: Any) -> tuple[int, Any] | None:
            if not 200 <= status < 300:
                return None
            node = body
            for token in tokens[:-1]:
                node = node[int(token)] if isinstance(node, list) and token.isdigit() else (node or {}).get(token)
            last = tokens[-1]
            if isinstance(node, dict) and last in node:
                node[last] = _other_id(node[last])
            return status, body

        return lambda app, token: intercept(app, match, op_id, rewrite)

    mutants: list[Mutant] = []
    families: dict[str, list[str]] = {}
    for op_id, (_, _, op) in ops.items():
        families.setdefault((op.get("tags") or ["untagged"])[0], []).append(op_id)
    for family, members in families.items():
        # Operations that need no id first: they are reached without a chain of links.
        ordered = sorted(members, key=lambda o: bool(path_parameters(spec, o)))
        candidates: dict[str, tuple[str, Callable[[ASGIApp, str], ASGIApp]] | None] = dict.fromkeys(
            ("drop-field", "change-type", "accept-invalid", "skip-auth", "ok-for-missing", "break-link")
        )
        for op_id in ordered:
            op = ops[op_id][2]
            if op_id not in chains and path_parameters(spec, op_id):
                continue  # unreachable with a real id
            field_name = _first_required(spec, op)
            success = _success(spec, op)
            if field_name and candidates["drop-field"] is None:
                candidates["drop-field"] = (op_id, drop(op_id, field_name))
                candidates["change-type"] = (op_id, retype(op_id, field_name))
            if success and "400" in op.get("responses", {}) and candidates["accept-invalid"] is None:
                candidates["accept-invalid"] = (op_id, succeed_on(op_id, 400, success))
            if op.get("security", spec.get("security")) and candidates["skip-auth"] is None:
                candidates["skip-auth"] = (op_id, no_auth(op_id))
        # A missing id is only told apart from a real one after a delete: the operation a delete links to.
        for link in links:
            target = ops[link.target][2]
            success = _success(spec, target)
            if (
                link.target in members
                and ops[link.source][1] == "delete"
                and success
                and candidates["ok-for-missing"] is None
            ):
                candidates["ok-for-missing"] = (link.target, succeed_on(link.target, 404, success))
            pointer = dict(link.parameters)
            body_ids = [e for e in pointer.values() if e.startswith("$response.body#")]
            if (
                link.source in members
                and ops[link.source][1] == "post"
                and ops[link.target][1] == "get"
                and body_ids
                and candidates["break-link"] is None
            ):
                candidates["break-link"] = (
                    link.source,
                    wrong_id(link.source, body_ids[0].removeprefix("$response.body#")),
                )
        for kind, found in candidates.items():
            if found is None:
                continue
            op_id, make = found
            focus, needs_chain = reach(op_id)
            if kind == "ok-for-missing":
                deleter = next(
                    link.source for link in links if link.target == op_id and ops[link.source][1] == "delete"
                )
                focus = frozenset({*reach(deleter)[0], deleter, op_id})  # the chain to the delete, then the read
                needs_chain = True
            if kind == "break-link":
                focus = plan[op_id].operation_ids if op_id in plan else focus
                needs_chain = True
            mutants.append(Mutant(kind, family, op_id, focus, needs_chain, make))
    return mutants


def run_mutant(spec: dict[str, Any], mutant: Mutant, seed: int) -> tuple[bool, str]:
    app, renew = new_mock(spec)
    token = renew()
    phases = PHASES_FOR[mutant.kind] + (("stateful",) if mutant.stateful else ())
    profile = engine.Profile(
        token=token,
        seed=seed,
        max_examples=2,  # fuzzing only stands in where the spec has no example
        stateful_examples=10 if PHASES_FOR[mutant.kind] else 25,  # stateful-only kinds get more scenarios
        max_steps=len(mutant.focus) + 4,
        phases=phases,
        operation_ids=mutant.focus,
        max_failures=1,
    )
    outcome = engine.run(engine.load(spec, profile, app=mutant.make(app, token)), profile)
    if outcome.failures:
        return True, sorted(outcome.checks_failed)[0]
    return False, "; ".join(outcome.errors[:1]) or "no check failed"


def detection(spec: dict[str, Any], seed: int = 1) -> tuple[list[tuple[str, bool, str]], float, list[str]]:
    """Run every mutant; (rows of name, caught, how), the share caught, report lines."""
    rows = []
    for mutant in generate(spec):
        caught, how = run_mutant(spec, mutant, seed)
        rows.append((mutant.name, caught, how))
        print(f"mutant {mutant.name}: {'caught by ' + how if caught else 'MISSED (' + how + ')'}", flush=True)
    rate = sum(caught for _, caught, _ in rows) / len(rows) if rows else 0.0
    kinds = sorted({name.split(" ", 1)[0] for name, _, _ in rows})
    lines = ["", f"mutants: {sum(c for _, c, _ in rows)}/{len(rows)} caught ({rate:.0%}); kinds: {', '.join(kinds)}"]
    lines += [f"  {'caught' if caught else 'MISSED'}  {name}  ({how})" for name, caught, how in rows]
    return rows, rate, lines
