"""A scenario that calls every operation of the spec with input built from the spec's examples.

Nothing here lists operations: the driver iterates the spec, fills path parameters from ids
earlier responses produced (through the spec's `links`, or an `xId` found as `x.id` / `xs[].id`
in an earlier body), takes query parameters and bodies from the examples, and runs deletes
last, each on a freshly created resource. Every response must be a 2xx that validates against
the spec's documented response.
"""

from __future__ import annotations

from typing import Any

from symbl_mock import MockSettings
from symbl_mock._refs import resolve_pointer

from .conftest import CREDENTIALS, OPERATIONS, SPEC, Session, deref, mp4_bytes, session, wav_bytes


def _example(holder: dict[str, Any]) -> Any:
    if "example" in holder:
        return holder["example"]
    for example in (holder.get("examples") or {}).values():
        return deref(example).get("value")
    schema = deref(holder.get("schema") or {})
    if "example" in schema:
        return schema["example"]
    if schema.get("examples"):
        return schema["examples"][0]
    if schema.get("enum"):
        return schema["enum"][0]
    return schema.get("default")


def _query(op: dict[str, Any], path_item: dict[str, Any]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for raw in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        param = deref(raw)
        if param["in"] != "query":
            continue
        value = _example(param)
        if value is None:
            assert not param.get("required"), f"required query parameter {param['name']} has no example"
            continue
        for item in value if isinstance(value, list) else [value]:
            pairs.append((param["name"], str(item).lower() if isinstance(item, bool) else str(item)))
    return pairs


class Driver:
    def __init__(self, current: Session) -> None:
        self.s = current
        self.ids: dict[str, str] = {}
        self.made_by: dict[str, str] = {}
        self.refresh_token = ""
        self.bodies: list[Any] = []

    def path_params(self, operation_id: str) -> list[str]:
        template = OPERATIONS[operation_id][0]
        return [segment[1:-1] for segment in template.split("/") if segment.startswith("{")]

    def known(self, operation_id: str) -> bool:
        return all(self._lookup(p) is not None for p in self.path_params(operation_id))

    def _lookup(self, param: str) -> str | None:
        if param in self.ids:
            return self.ids[param]
        base = param.removesuffix("Id")
        plurals = (base + "s", base[:-1] + "ies" if base.endswith("y") else base + "s")
        for body in reversed(self.bodies):
            if not isinstance(body, dict):
                continue
            single = body.get(base)
            if isinstance(single, dict) and isinstance(single.get("id"), str):
                return single["id"]
            for plural in plurals:
                many = body.get(plural)
                if isinstance(many, list) and many and isinstance(many[0], dict) and isinstance(many[0].get("id"), str):
                    return str(many[0]["id"])
        return None

    def request(self, operation_id: str) -> dict[str, Any]:
        template, _method, op = OPERATIONS[operation_id]
        path = {p: self._lookup(p) for p in self.path_params(operation_id)}
        kwargs: dict[str, Any] = {"path": path, "params": _query(op, SPEC["paths"][template])}
        body = deref(op.get("requestBody") or {})
        content = body.get("content") or {}
        if content:
            media, holder = next(iter(content.items()))
            if (deref(holder.get("schema") or {})).get("format") == "binary":
                data = mp4_bytes(42.0) if media.startswith("video/") else wav_bytes(12.0)
                kwargs.update(content=data, headers={"Content-Type": media})
            else:
                value = _example(holder)
                if value is None:
                    value = _example(deref(holder.get("schema") or {}))
                if isinstance(value, dict) and "appSecret" in value:
                    value = {**value, "appId": CREDENTIALS["appId"], "appSecret": CREDENTIALS["appSecret"]}
                    if "refreshToken" in value:
                        value["refreshToken"] = self.refresh_token
                kwargs["json"] = value
        return kwargs

    async def run(self, operation_id: str, *, fresh: bool = False) -> None:
        request = self.request(operation_id)
        response = await self.s.call(operation_id, **request)
        if response.status_code == 409 and "json" in request:
            # Examples of aliases reuse one unique name; Symbl (and the mock) refuse duplicates.
            request["json"] = _renamed(request["json"], len(self.bodies))
            response = await self.s.call(operation_id, **request)
        assert 200 <= response.status_code < 300, f"{operation_id}: {response.status_code} {response.text[:300]}"
        body = response.json() if response.content else None
        self.bodies.append(body)
        if isinstance(body, dict) and isinstance(body.get("refreshToken"), str):
            self.refresh_token = body["refreshToken"]
        documented = deref(OPERATIONS[operation_id][2]["responses"][str(response.status_code)])
        for link in (documented.get("links") or {}).values():
            for param, expression in (deref(link).get("parameters") or {}).items():
                if isinstance(expression, str) and expression.startswith("$response.body#"):
                    try:
                        value = str(resolve_pointer(body, expression[len("$response.body#") :]))
                    except (IndexError, KeyError):
                        # A link to the first item of a listing has no value while the list is empty.
                        continue
                    # The first resource made is the one the scenario reads; deletes get fresh ones.
                    if fresh or param not in self.ids:
                        self.ids[param] = value
                    if OPERATIONS[operation_id][1] == "post":
                        self.made_by.setdefault(param, operation_id)


def _renamed(body: Any, salt: int) -> Any:
    if isinstance(body, list):
        return [_renamed(item, salt) for item in body]
    if isinstance(body, dict) and isinstance(body.get("name"), str):
        return {**body, "name": f"{body['name']} {salt}"}
    return body


def _phase(operation_id: str) -> int:
    template, method, op = OPERATIONS[operation_id]
    if op.get("security") == [] and method == "delete":
        return 5  # revoking the credentials ends the session
    if op.get("security") == []:
        return 0
    if method == "delete":
        return 4
    if method == "post" and "{" not in template:
        return 1
    return 2


async def drive_every_operation(current: Session) -> list[str]:
    """Call every operation of the spec once, in an order that makes its ids available."""
    driver = Driver(current)
    pending = sorted(OPERATIONS, key=lambda o: (_phase(o), list(OPERATIONS).index(o)))
    done: list[str] = []
    while pending:
        phase = min(_phase(o) for o in pending)
        runnable = [o for o in pending if _phase(o) == phase and driver.known(o)]
        assert runnable, f"no ids known for {[o for o in pending if _phase(o) == phase]} ({driver.ids})"
        operation_id = runnable[0]
        if phase >= 4:
            # Deletes act on a fresh resource made by the operation that created the id.
            for param in driver.path_params(operation_id)[-1:]:
                if param in driver.made_by:
                    await driver.run(driver.made_by[param], fresh=True)
        await driver.run(operation_id)
        pending.remove(operation_id)
        done.append(operation_id)
    return done


async def test_every_operation_of_the_spec_answers_as_documented() -> None:
    async with session(MockSettings(job_seconds=0.0)) as current:
        done = await drive_every_operation(current)
        assert sorted(done) == sorted(OPERATIONS)
        called = {operation_id for operation_id, _ in current.calls}
        assert called == set(OPERATIONS)
        assert current.app.state.mock.problems == []
