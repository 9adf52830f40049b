"""Run schemathesis in-process and keep what a conformance report needs.

One driver for every use: the mock in-process (an ASGI app, no sockets), a mutant of the mock,
or an HTTP base URL (a live API, or the mock standing in for it). The run is an event stream;
`run()` folds it into a `Outcome`: pass/fail per operation and phase, the failures, the link
transitions stateful testing followed, and every exchange when recording.
"""

from __future__ import annotations

import contextlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from unittest import mock

import requests
import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import events, from_schema

from . import checks as _checks  # noqa: F401  (registers created_resource_is_available)
from . import hooks as _hooks  # noqa: F401  (registers the serializer for binary uploads)

PHASES = ("examples", "coverage", "fuzzing", "stateful")
STATEFUL = "stateful"


@dataclass
class Profile:
    """What to run and how hard."""

    token: str
    seed: int = 1
    max_examples: int = 10
    stateful_examples: int = 300
    max_steps: int = 12
    phases: tuple[str, ...] = PHASES
    operation_ids: frozenset[str] | None = None  # None: every operation
    rate_limit: str | None = None  # "auto" honours 429 Retry-After
    budget: int | None = None  # most requests the run may send
    record: int = 0  # exchanges kept per (operation, status); 0: no recording
    max_failures: int | None = None
    # The coverage phase also sends methods a path does not declare (expecting 405); off for live runs.
    unexpected_methods: bool = True


@dataclass
class Outcome:
    cells: dict[tuple[str, str], Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    failures: list[str] = field(default_factory=list)
    checks_failed: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)
    transitions: set[str] = field(default_factory=set)
    scenarios: int = 0
    cases: int = 0
    requests: int = 0
    exchanges: list[dict[str, Any]] = field(default_factory=list)
    recorded: Counter[tuple[str, int]] = field(default_factory=Counter)
    record_cap: int = 0  # exchanges kept per (operation, status)
    budget_exhausted: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures and not self.errors

    def merge(self, other: Outcome) -> None:
        for cell, counts in other.cells.items():
            self.cells[cell].update(counts)
        self.failures += other.failures
        self.checks_failed |= other.checks_failed
        self.errors += other.errors
        self.transitions |= other.transitions
        self.scenarios += other.scenarios
        self.cases += other.cases
        self.requests += other.requests
        self.record_cap = max(self.record_cap, other.record_cap)
        for exchange in other.exchanges:
            key = (str(exchange["operationId"]), int(exchange["status"]))
            if self.recorded[key] < self.record_cap:
                self.recorded[key] += 1
                self.exchanges.append(exchange)
        self.budget_exhausted |= other.budget_exhausted
        self.seconds += other.seconds


def _config(profile: Profile, base_url: str | None) -> SchemathesisConfig:
    phases: dict[str, Any] = {name: {"enabled": name in profile.phases} for name in PHASES}
    phases["fuzzing"]["generation"] = {"max-examples": profile.max_examples}
    if not profile.unexpected_methods:
        phases["coverage"]["unexpected-methods"] = []
    phases["stateful"].update(
        {
            "generation": {"max-examples": profile.stateful_examples},
            "max-steps": profile.max_steps,
            # Only the links the spec declares: inferred ones dilute the budget with guesses.
            "inference": {"algorithms": []},
            "link-calibration": False,
        }
    )
    data: dict[str, Any] = {
        "seed": profile.seed,
        "auth": {"openapi": {"bearerAuth": {"bearer": profile.token}}},
        "generation": {"max-examples": max(2, profile.max_examples // 3), "database": "none"},
        "phases": phases,
    }
    if base_url:
        data["base-url"] = base_url
    if profile.rate_limit:
        data["rate-limit"] = profile.rate_limit
    if profile.max_failures:
        data["max-failures"] = profile.max_failures
    return SchemathesisConfig.from_dict(data)


class BudgetSpent(Exception):
    """The run sent as many requests as its budget allows; nothing more is sent."""


def _operation_id(case: Any) -> str:
    return str(case.operation.definition.raw.get("operationId", case.operation.label))


@dataclass
class CallHooks:
    """What the run in progress does around each request (schemathesis only has global call hooks)."""

    budget: int | None = None
    sent: int = 0
    after_call: Callable[[str, dict[str, Any], int, Any], None] | None = None
    map_body: Callable[[str, Any], Any] | None = None


# Runs are sequential: the hooks below act for the one in progress, if any.
_ACTIVE: list[CallHooks] = []


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    for hooks in _ACTIVE:
        if hooks.map_body is not None:
            # Here rather than in a map_body hook: this also covers the spec's own examples.
            case.body = hooks.map_body(_operation_id(case), case.body)


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    for hooks in _ACTIVE:
        if hooks.after_call is None:
            continue
        try:
            body = response.json()
        except ValueError:
            body = None
        hooks.after_call(_operation_id(case), dict(case.path_parameters or {}), response.status_code, body)


def load(spec: dict[str, Any], profile: Profile, *, app: Any = None, base_url: str | None = None) -> Any:
    """The schema to run: in-process against `app`, or over HTTP against `base_url`."""
    schema: Any = schemathesis.openapi.from_dict(spec, config=_config(profile, base_url))
    if app is not None:
        schema.app = app
    if profile.operation_ids is not None:
        wanted = profile.operation_ids
        schema = schema.include(lambda ctx: ctx.operation.definition.raw.get("operationId") in wanted)
    return schema


def _exchange(operation_id: str, interaction: Any) -> dict[str, Any] | None:
    response = interaction.response
    if response is None:
        return None
    content_type = next(iter(response.headers.get("content-type", [""])), "")
    body: Any = None
    if "json" in content_type:
        try:
            body = json.loads(response.content)
        except ValueError:
            body = None
    return {
        "operationId": operation_id,
        "method": interaction.request.method,
        "uri": interaction.request.uri,
        "status": response.status_code,
        "contentType": content_type,
        "body": body,
    }


def _fold(outcome: Outcome, event: Any, profile: Profile) -> None:
    phase = event.phase.value if hasattr(event.phase, "value") else str(event.phase)
    phase = {"stateful_testing": STATEFUL}.get(phase, phase.split("_")[0])
    recorder = event.recorder
    if phase == STATEFUL and event.is_final:
        return
    if phase == STATEFUL and event.status is not None and event.status.name not in ("SKIP", "INTERRUPTED"):
        outcome.scenarios += 1
    for case_id, node in recorder.cases.items():
        case = node.value
        operation_id = _operation_id(case)
        outcome.cases += 1
        transition = getattr(node, "transition", None)
        if transition is not None and getattr(node, "is_transition_applied", False):
            outcome.transitions.add(transition.id)
        checks = recorder.checks.get(case_id, [])
        failed = [c for c in checks if c.status.name == "FAILURE"]
        cell = outcome.cells[(operation_id, phase)]
        cell["failed" if failed else "passed"] += 1
        for check in failed:
            outcome.checks_failed.add(check.name)
            info = check.failure_info
            title = info.failure.title if info is not None else check.name
            message = " ".join((info.failure.message if info is not None else "").split())[:300]
            outcome.failures.append(f"{operation_id} [{phase}] {check.name}: {title}: {message}")
        interaction = recorder.interactions.get(case_id)
        if interaction is not None:
            outcome.requests += 1
            if profile.record:
                exchange = _exchange(operation_id, interaction)
                if exchange is not None and outcome.recorded[(operation_id, exchange["status"])] < outcome.record_cap:
                    outcome.recorded[(operation_id, exchange["status"])] += 1
                    outcome.exchanges.append(exchange)


def run(
    schema: Any,
    profile: Profile,
    after_call: Callable[[str, dict[str, Any], int, Any], None] | None = None,
    map_body: Callable[[str, Any], Any] | None = None,
) -> Outcome:
    """Execute the run, stopping once the request budget is spent.

    `after_call(operationId, path parameters, status, JSON body)` sees every answer;
    `map_body(operationId, body)` rewrites every body just before it is sent.
    """
    hooks = CallHooks(budget=profile.budget, after_call=after_call, map_body=map_body)
    _ACTIVE.append(hooks)
    try:
        with _capped(hooks):
            return _execute(schema, profile)
    finally:
        _ACTIVE.remove(hooks)


@contextlib.contextmanager
def _capped(hooks: CallHooks) -> Iterator[None]:
    """A hard cap on what goes over the network: every HTTP request schemathesis sends (its probes
    and the checks' own follow-up requests too) counts, and the one over budget is never sent."""
    if hooks.budget is None:
        yield
        return
    send = requests.Session.send

    def counted(session: requests.Session, request: Any, **kwargs: Any) -> Any:
        if hooks.sent >= (hooks.budget or 0):
            raise BudgetSpent(f"request budget of {hooks.budget} spent; {request.method} {request.url} not sent")
        hooks.sent += 1
        return send(session, request, **kwargs)

    with mock.patch.object(requests.Session, "send", counted):
        yield


def _execute(schema: Any, profile: Profile) -> Outcome:
    outcome = Outcome(record_cap=profile.record)
    engine = from_schema(schema)
    stream: Iterable[Any] = engine.execute()
    for event in stream:
        if isinstance(event, events.ScenarioFinished):
            _fold(outcome, event, profile)
            if profile.budget is not None and outcome.requests >= profile.budget:
                outcome.budget_exhausted = True
                stop = getattr(stream, "stop", None)
                if stop is not None:
                    stop()
                break
        elif isinstance(event, events.NonFatalError):
            if isinstance(event.value, BudgetSpent) or "request budget" in str(event.value):
                outcome.budget_exhausted = True
                continue
            outcome.errors.append(f"{event.label}: {str(event.value)[:300]}")
        elif isinstance(event, events.FatalError):
            outcome.errors.append(f"fatal: {str(event.exception)[:300]}")
        elif isinstance(event, events.EngineFinished):
            outcome.seconds = event.running_time
    return outcome
