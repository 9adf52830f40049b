"""Generic resources, derived from path shapes and response schemas.

An operation's role comes from its path and schemas, never from a list of endpoints:

- the success response names the item schema (an object with an `id`), bare or wrapped in a
  one-property envelope (`{tracker: {...}}`, `{bookmarks: [...]}`); resources with the same
  item schema share storage, so deprecated aliases see the same data;
- a path ending in `{xId}` addresses one item (GET, PUT = replace, PATCH = JSON-Patch or
  merge, DELETE); the other path parameters scope the collection (bookmarks per conversation);
- a collection path: POST creates (an array body creates many), GET lists (filtered by query
  parameters named like item properties, paged by `x-symbl-pagination`), DELETE with query
  parameters deletes the matching items; `.../bulk` POSTs an array;
- an envelope whose content has no `id` is a singleton document (account settings): GET,
  PUT and PATCH act on one stored document.
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass
from typing import Any

from ._errors import ApiError, documented_status
from ._patch import apply_patch
from ._spec import Operation, SpecIndex
from ._storage import State, iso

logger = logging.getLogger("symbl_mock")

_NO_BODY = object()


@dataclass(frozen=True)
class Shape:
    kind: str
    envelope: str | None
    many: bool
    identified: bool
    item_schema: Any


@dataclass
class Role:
    role: str
    kind: str
    item_schema: Any
    id_param: str | None
    scope_params: list[str]
    response: Shape | None
    request_schema: Any


class ResourceModel:
    def __init__(self, spec: SpecIndex) -> None:
        self.spec = spec
        self.roles: dict[str, Role] = {}
        self.id_params: dict[str, str] = {}
        by_path: dict[str, list[Operation]] = {}
        for op in spec.operations:
            by_path.setdefault(op.path, []).append(op)
        kinds_by_path: dict[str, tuple[str, Any]] = {}
        for path, ops in by_path.items():
            for op in sorted(ops, key=lambda o: {"get": 0, "put": 1, "patch": 2, "post": 3}.get(o.method, 9)):
                if op.method == "delete":
                    continue
                shape = self.shape(self.success_schema(op))
                if shape is not None and shape.identified:
                    kinds_by_path.setdefault(path, (shape.kind, shape.item_schema))
                    break
        for path, ops in by_path.items():
            segments = path.rstrip("/").split("/")
            last = segments[-1]
            item_path = last.startswith("{") and last.endswith("}")
            for op in ops:
                role = self._role(op, path, item_path, last, kinds_by_path)
                if role is not None:
                    self.roles[op.operation_id] = role
                    if role.id_param:
                        self.id_params.setdefault(role.id_param, role.kind)

    # -- shapes ------------------------------------------------------------------------------

    def success_schema(self, op: Operation) -> Any:
        for status in op.success_statuses():
            _media, schema = self.spec.response_schema(op, status)
            if schema is not None:
                return schema
        return None

    def _identified(self, schema: Any) -> bool:
        resolved = self.spec.resolve_schema(schema)
        return self.spec.schema_type(resolved) == "object" and "id" in (resolved.get("properties") or {})

    def shape(self, schema: Any) -> Shape | None:
        if schema is None:
            return None
        resolved = self.spec.resolve_schema(schema)
        kind = self.spec.schema_type(resolved)
        name = self.spec.final_ref_name(schema)
        if kind == "array":
            items = resolved.get("items", {})
            if self._identified(items):
                return Shape(self.spec.final_ref_name(items) or "item", None, True, True, items)
            return None
        if kind != "object":
            return None
        props = resolved.get("properties") or {}
        if "id" in props:
            return Shape(name or "item", None, False, True, schema)
        required = [r for r in resolved.get("required") or [] if r in props]
        candidates = required if len(required) == 1 else (list(props) if len(props) == 1 else [])
        if len(candidates) != 1:
            return None
        key = candidates[0]
        inner = props[key]
        inner_kind = self.spec.schema_type(inner)
        if inner_kind == "array":
            items = self.spec.resolve_schema(inner).get("items", {})
            if self._identified(items):
                return Shape(self.spec.final_ref_name(items) or key, key, True, True, items)
            return None
        if inner_kind == "object":
            if self._identified(inner):
                return Shape(self.spec.final_ref_name(inner) or key, key, False, True, inner)
            return Shape(self.spec.final_ref_name(inner) or key, key, False, False, inner)
        return None

    def _role(
        self, op: Operation, path: str, item_path: bool, last: str, kinds_by_path: dict[str, tuple[str, Any]]
    ) -> Role | None:
        params = op.path_param_names()
        response = self.shape(self.success_schema(op))
        request_schema = op.json_body_schema()
        request_kind = self.spec.schema_type(request_schema) if request_schema is not None else None
        if item_path:
            id_param = last[1:-1]
            scope = [p for p in params if p != id_param]
            found = kinds_by_path.get(path)
            if found is None:
                parent = path.rstrip("/").rsplit("/", 1)[0]
                found = kinds_by_path.get(parent)
            if found is None:
                return None
            kind, item_schema = found
            roles = {"get": "get", "put": "replace", "patch": "patch", "delete": "delete"}
            if op.method not in roles:
                return None
            return Role(roles[op.method], kind, item_schema, id_param, scope, response, request_schema)
        scope = params
        singleton = {"get": "singleton_get", "put": "singleton_replace", "patch": "singleton_patch"}
        if response is not None and not response.many and op.method in singleton:
            return Role(
                singleton[op.method], response.kind, response.item_schema, None, scope, response, request_schema
            )
        if op.method == "post" and response is not None:
            if response.many and request_kind == "array":
                return Role("bulk_create", response.kind, response.item_schema, None, scope, response, request_schema)
            if response.identified and not response.many and request_kind == "object":
                return Role("create", response.kind, response.item_schema, None, scope, response, request_schema)
            return None
        if op.method == "get" and response is not None and response.many:
            return Role("list", response.kind, response.item_schema, None, scope, response, request_schema)
        if op.method == "delete" and path in kinds_by_path:
            kind, item_schema = kinds_by_path[path]
            return Role("delete_matching", kind, item_schema, None, scope, response, request_schema)
        return None

    # -- helpers ----------------------------------------------------------------------------

    def properties(self, schema: Any) -> dict[str, Any]:
        return dict(self.spec.resolve_schema(schema).get("properties") or {})

    def wrap(self, shape: Shape | None, payload: Any) -> Any:
        if shape is None or shape.envelope is None:
            return payload
        return {shape.envelope: payload}

    def new_id(self, state: State, op: Operation, id_param: str | None) -> str:
        for param in op.parameters:
            if param.name == id_param and self.spec.resolve_schema(param.schema).get("format") == "uuid":
                return state.uuid()
        return state.numeric_id()

    def complete(self, item: dict[str, Any], schema: Any) -> dict[str, Any]:
        """Fill required properties the item lacks (default, else an empty value of the right type)."""
        resolved = self.spec.resolve_schema(schema)
        props = resolved.get("properties") or {}
        for name in resolved.get("required") or []:
            if name in item:
                continue
            prop = self.spec.resolve_schema(props.get(name, {}))
            if "default" in prop:
                item[name] = copy.deepcopy(prop["default"])
            else:
                item[name] = self.spec.synthesize(props.get(name, {}))
        return item

    def _timestamps(self, item: dict[str, Any], schema: Any, now: float, *, created: bool) -> None:
        for name, prop in self.properties(schema).items():
            resolved = self.spec.resolve_schema(prop)
            if resolved.get("format") != "date-time":
                continue
            lower = name.lower()
            if (lower.startswith("created") and created) or lower.startswith(("updated", "modified")):
                item[name] = iso(now)

    def _from_request(self, body: dict[str, Any], role: Role) -> dict[str, Any]:
        """The body's fields that the item schema declares (the path decides the id)."""
        declared = self.properties(role.item_schema)
        item = {k: copy.deepcopy(v) for k, v in body.items() if k in declared and k != "id"}
        if role.request_schema is not None:
            request_props = self.properties(role.request_schema)
            for name, prop in request_props.items():
                resolved = self.spec.resolve_schema(prop)
                if name not in item and "default" in resolved and name in declared:
                    item[name] = copy.deepcopy(resolved["default"])
        return item

    def _unique(self, op: Operation, items: dict[str, dict[str, Any]], item: dict[str, Any], kind: str) -> None:
        if not op.documents(409) or "name" not in item:
            return
        for other in items.values():
            if other.get("id") != item.get("id") and other.get("name") == item["name"]:
                raise ApiError(409, f"{kind} with the name {item['name']} already exists.")

    def _finish(self, item: dict[str, Any], role: Role, op: Operation) -> dict[str, Any]:
        self.complete(item, role.item_schema)
        error = self.spec.first_error(role.item_schema, item)
        if error is not None:
            raise ApiError(
                documented_status(op, 409 if op.method == "patch" else 400),
                f"the {role.kind} would not be valid: {error.message}",
            )
        return item

    # -- behaviour -----------------------------------------------------------------------------

    def handle(
        self,
        role: Role,
        op: Operation,
        state: State,
        path: dict[str, Any],
        query: dict[str, Any],
        body: Any,
        now: float,
    ) -> tuple[int, Any]:
        scope = tuple(str(path[p]) for p in role.scope_params if p in path)
        items = state.collection(role.kind, scope)
        status = op.success_status()
        if role.role == "create":
            item = self._from_request(body if isinstance(body, dict) else {}, role)
            item["id"] = self.new_id(state, op, None)
            self._timestamps(item, role.item_schema, now, created=True)
            item = self._finish(item, role, op)
            self._unique(op, items, item, role.kind)
            items[item["id"]] = item
            return status, self.wrap(role.response, copy.deepcopy(item))
        if role.role == "bulk_create":
            created = []
            pending = dict(items)
            for element in body if isinstance(body, list) else []:
                item = self._from_request(element if isinstance(element, dict) else {}, role)
                item["id"] = self.new_id(state, op, None)
                self._timestamps(item, role.item_schema, now, created=True)
                item = self._finish(item, role, op)
                self._unique(op, pending, item, role.kind)
                pending[item["id"]] = item
                created.append(item)
            items.update({i["id"]: i for i in created})
            return status, self.wrap(role.response, copy.deepcopy(created))
        if role.role == "list":
            found = self._filter(list(items.values()), role, op, query)
            pagination = op.extensions.get("x-symbl-pagination")
            if isinstance(pagination, dict):
                offset = int(query.get(str(pagination.get("offsetParam")), 0) or 0)
                limit = query.get(str(pagination.get("limitParam")))
                found = found[offset:] if limit is None else found[offset : offset + int(limit)]
            return status, self.wrap(role.response, copy.deepcopy(found))
        if role.role == "delete_matching":
            found = self._filter(list(items.values()), role, op, query)
            if not found:
                raise ApiError(404, f"no {role.kind} matches " + ", ".join(f"{k}={v}" for k, v in query.items()))
            for item in found:
                items.pop(item["id"], None)
            matched = ", ".join(f"{k} {v}" for k, v in query.items())
            return status, self._ack(
                op, status, None, f"{len(found)} {role.kind} item(s) with {matched} deleted successfully."
            )
        if role.role in ("get", "replace", "patch", "delete"):
            item_id = str(path.get(role.id_param or "", ""))
            current = items.get(item_id)
            if current is None:
                raise ApiError(404, f"{role.kind} {item_id} was not found")
            if role.role == "get":
                return status, self.wrap(role.response, copy.deepcopy(current))
            if role.role == "delete":
                del items[item_id]
                kind = (role.id_param or role.kind).removesuffix("Id")
                return status, self._ack(op, status, item_id, f"{kind} {item_id} deleted successfully.", kind=kind)
            if role.role == "replace":
                updated = self._replace(current, body if isinstance(body, dict) else {}, role)
            else:
                updated = apply_patch(current, body, self._required(role), op)
            updated["id"] = item_id
            self._timestamps(updated, role.item_schema, now, created=False)
            updated = self._finish(updated, role, op)
            self._unique(op, items, updated, role.kind)
            items[item_id] = updated
            return status, self.wrap(role.response, copy.deepcopy(updated))
        if role.role.startswith("singleton"):
            key = f"{role.kind}:{'/'.join(scope)}"
            document = state.singletons.get(key)
            if document is None:
                document = {} if self.spec.is_valid(role.item_schema, {}) else self.spec.synthesize(role.item_schema)
            if role.role == "singleton_replace":
                new = (
                    body.get(role.response.envelope)
                    if role.response and isinstance(body, dict) and role.response.envelope in body
                    else body
                )
                document = copy.deepcopy(new)
            elif role.role == "singleton_patch":
                document = apply_patch(
                    document if isinstance(document, dict) else {}, body, self._required(role), op, lenient=True
                )
            error = self.spec.first_error(role.item_schema, document)
            if error is not None:
                raise ApiError(
                    documented_status(op, 409 if op.method == "patch" else 400),
                    f"the {role.kind} would not be valid: {error.message}",
                )
            state.singletons[key] = document
            return status, self.wrap(role.response, copy.deepcopy(document))
        raise ApiError(500, f"unknown role {role.role}")

    def _filter(
        self, found: list[dict[str, Any]], role: Role, op: Operation, query: dict[str, Any]
    ) -> list[dict[str, Any]]:
        declared = self.properties(role.item_schema)
        pagination = op.extensions.get("x-symbl-pagination")
        skip = set()
        if isinstance(pagination, dict):
            skip = {str(pagination.get("offsetParam")), str(pagination.get("limitParam"))}
        for name, value in query.items():
            if name in declared and name not in skip:
                found = [item for item in found if item.get(name) == value]
        return found

    def _ack(self, op: Operation, status: int, item_id: str | None, message: str, kind: str | None = None) -> Any:
        media, schema = self.spec.response_schema(op, status)
        if media is None:
            return _NO_BODY
        props = self.properties(schema)
        body: dict[str, Any] = {}
        if "deleted" in props:
            body = {"id": item_id or "", "type": kind or "", "deleted": True}
        elif "message" in props:
            body = {"message": message}
        if body and self.spec.is_valid(schema, body):
            return body
        return self.spec.response_example(op, status)

    def _required(self, role: Role) -> set[str]:
        return set(self.spec.resolve_schema(role.item_schema).get("required") or [])

    def _replace(self, current: dict[str, Any], body: dict[str, Any], role: Role) -> dict[str, Any]:
        """PUT: fields the request schema declares are replaced (absent ones cleared); others kept."""
        declared = set(self.properties(role.request_schema)) if role.request_schema is not None else set()
        kept = {k: v for k, v in current.items() if k not in declared}
        return {**kept, **self._from_request(body, role)}


NO_BODY = _NO_BODY
