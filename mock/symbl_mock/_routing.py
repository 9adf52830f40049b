"""Route a request path to a spec path template.

Literal segments beat parameters. A template whose parameter values do not fit their schemas
is only used when nothing else can take the request, so `PUT /v1/manage/entities/bulk` is a
405 on the `bulk` route rather than a malformed `{entityId}`, while `GET /v1/conversations/abc`
still reaches getConversation and is rejected there with the parameter named.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import unquote

from ._spec import Operation, SpecIndex

_PARAM = re.compile(r"\{([^{}]+)\}")


@dataclass
class PathRoute:
    template: str
    segments: list[re.Pattern[str]]
    names: list[list[str]]
    specificity: tuple[int, ...]
    operations: dict[str, Operation] = field(default_factory=dict)

    @property
    def allow(self) -> str:
        return ", ".join(m.upper() for m in self.operations)

    def match(self, parts: list[str]) -> dict[str, str] | None:
        if len(parts) != len(self.segments):
            return None
        values: dict[str, str] = {}
        for part, pattern, names in zip(parts, self.segments, self.names, strict=True):
            found = pattern.fullmatch(unquote(part))
            if found is None:
                return None
            values.update(zip(names, found.groups(), strict=True))
        return values


def _compile_segment(segment: str) -> tuple[re.Pattern[str], list[str]]:
    names: list[str] = []
    pattern = ""
    last = 0
    for found in _PARAM.finditer(segment):
        pattern += re.escape(segment[last : found.start()]) + "(.+?)"
        names.append(found.group(1))
        last = found.end()
    pattern += re.escape(segment[last:])
    return re.compile(pattern), names


@dataclass
class RouteMatch:
    route: PathRoute
    operation: Operation | None
    path_params: dict[str, str]


class Router:
    """Every path template of the spec; `match` answers an operation, a 405 route, or None (404)."""

    def __init__(self, spec: SpecIndex, fits: Callable[[Operation, dict[str, str]], bool]) -> None:
        self._fits = fits
        routes: dict[str, PathRoute] = {}
        for op in spec.operations:
            route = routes.get(op.path)
            if route is None:
                segments, names, specificity = [], [], []
                for segment in op.path.split("/"):
                    pattern, params = _compile_segment(segment)
                    segments.append(pattern)
                    names.append(params)
                    specificity.append(1 if params else 0)
                route = PathRoute(op.path, segments, names, tuple(specificity))
                routes[op.path] = route
            route.operations[op.method] = op
        self.routes = sorted(routes.values(), key=lambda r: r.specificity)

    def _route_fits(self, route: PathRoute, values: dict[str, str]) -> bool:
        return not values or any(self._fits(op, values) for op in route.operations.values())

    def match(self, raw_path: str, method: str) -> RouteMatch | None:
        parts = raw_path.split("/")
        candidates = [(r, v) for r in self.routes if (v := r.match(parts)) is not None]
        if not candidates:
            return None
        method = method.lower()
        fitting = [(r, v) for r, v in candidates if self._route_fits(r, v)]
        for route, values in fitting:
            if method in route.operations:
                return RouteMatch(route, route.operations[method], values)
        if fitting:
            route, values = fitting[0]
            return RouteMatch(route, None, values)
        for route, values in candidates:
            if method in route.operations:
                return RouteMatch(route, route.operations[method], values)
        route, values = candidates[0]
        return RouteMatch(route, None, values)
