"""The safe live profile: what a run against a real account may touch, and cleaning up after it.

Everything is derived from the spec:

- read-only (the default): GET operations only;
- with writes allowed: creates (POST without a path id) and operations on one resource (a path
  id) as well, but never an operation that changes the account as a whole (a PUT/PATCH/DELETE
  without a path id: settings, delete-by-subtype) nor the token operations (`security: []`);
- telephony operations (tag `telephony`) only when the user gives a number, and every dial
  target in their bodies is replaced by that number;
- every resource a create answered with is deleted at the end, through the DELETE on the path
  its links lead to (`createTracker` links to `getTracker`, whose path also has a DELETE).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import httpx

from .spec_links import explicit_links, operations, path_parameters

TELEPHONY_TAG = "telephony"
PHONE_NUMBER = re.compile(r"^[0-9]{6,15}$")


def allowed_operations(spec: dict[str, Any], *, write: bool, telephony: bool) -> frozenset[str]:
    allowed = set()
    for op_id, (_, method, op) in operations(spec).items():
        if TELEPHONY_TAG in op.get("tags", []) and not telephony:
            continue
        if op.get("security") == []:
            continue  # token operations: the run already holds a token, and revoking it would end the run
        if method == "get" or (write and (method == "post" or path_parameters(spec, op_id))):
            allowed.add(op_id)
    return frozenset(allowed)


def check_phone_number(number: str) -> str:
    if not PHONE_NUMBER.match(number):
        raise SystemExit(
            f"CONFORMANCE_TELEPHONY_NUMBER={number!r} is not a phone number in E.164 digits (6 to 15 digits, no '+'):"
            " give the number of a phone you own, for example 14155550100"
        )
    return number


def dial_only(number: str, body: Any) -> Any:
    """The body with every dial target replaced by `number` (any other shape passes untouched)."""
    if isinstance(body, dict) and isinstance(body.get("endpoint"), dict):
        return {**body, "endpoint": {"type": "pstn", "phoneNumber": number}}
    return body


def _pointer(body: Any, pointer: str) -> list[Any]:
    """Values at a JSON pointer; a `0` array index matches every item (bulk creates)."""
    found = [body]
    for token in [t for t in pointer.split("/") if t]:
        step: list[Any] = []
        for value in found:
            if isinstance(value, list) and token.isdigit():
                step.extend(value)
            elif isinstance(value, dict) and token in value:
                step.append(value[token])
        found = step
    return [v for v in found if isinstance(v, str | int)]


@dataclass
class Cleanup:
    """Remembers what creates answered with and deletes it afterwards."""

    spec: dict[str, Any]
    created: dict[str, str] = field(default_factory=dict)  # URL path to delete -> what created it

    def _deletes(self) -> dict[str, list[tuple[str, dict[str, str]]]]:
        """source operation -> [(DELETE path template, {param: expression})]."""
        ops = operations(self.spec)
        found: dict[str, list[tuple[str, dict[str, str]]]] = {}
        for link in explicit_links(self.spec):
            if ops[link.source][1] != "post":
                continue
            target_path = ops[link.target][0]
            if "delete" in self.spec["paths"][target_path]:
                entry = (target_path, dict(link.parameters))
                if entry not in found.setdefault(link.source, []):
                    found[link.source].append(entry)
        return found

    def after_call(self, operation_id: str, path_parameters_sent: dict[str, Any], status: int, body: Any) -> None:
        if not 200 <= status < 300:
            return
        for template, params in self._deletes().get(operation_id, []):
            values: dict[str, list[Any]] = {}
            for name, expression in params.items():
                if expression.startswith("$response.body#"):
                    values[name] = _pointer(body, expression.removeprefix("$response.body#"))
                elif expression.startswith("$request.path."):
                    values[name] = [path_parameters_sent.get(expression.removeprefix("$request.path."))]
            if not values or not all(values.values()):
                continue
            count = max(len(v) for v in values.values())
            for index in range(count):
                path = template
                for name, options in values.items():
                    path = path.replace("{" + name + "}", str(options[min(index, len(options) - 1)]))
                self.created.setdefault(path, operation_id)

    def run(self, base_url: str, token: str, client: httpx.Client | None = None) -> tuple[int, list[str]]:
        """Delete everything created, children before parents; (deleted, problems)."""
        problems: list[str] = []
        deleted = 0
        owned = client or httpx.Client(base_url=base_url, timeout=30)
        try:
            for path in sorted(self.created, key=lambda p: -p.count("/")):
                response = owned.delete(path, headers={"Authorization": f"Bearer {token}"})
                if response.status_code in (200, 202, 204, 404):
                    deleted += response.status_code != 404
                else:
                    problems.append(f"DELETE {path} (created by {self.created[path]}): {response.status_code}")
        finally:
            if client is None:
                owned.close()
        return deleted, problems
