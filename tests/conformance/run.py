"""`make conformance`: schemathesis against the mock (in-process) or a live API, then mutants.

Against the mock (default): examples, coverage and fuzzing on every operation, then one
stateful pass per operation with links (see plan.py), then mutants of the mock (mutants.py).
Against a live API: BASE_URL plus SYMBL_APP_ID/SYMBL_APP_SECRET (or SYMBL_ACCESS_TOKEN), the
safe profile of live.py: read-only unless CONFORMANCE_WRITE=1; telephony only with
CONFORMANCE_TELEPHONY_NUMBER; 429 Retry-After honoured; at most CONFORMANCE_BUDGET requests.

Knobs: CONFORMANCE_MAX_EXAMPLES (fuzzing examples per operation, default 10),
CONFORMANCE_STATEFUL_EXAMPLES (per stateful pass, default 10), CONFORMANCE_SEED (default 1),
CONFORMANCE_PHASES (default all four), CONFORMANCE_MUTANTS=0 (skip mutants),
CONFORMANCE_RECORD=FILE (record exchanges as JSON lines for `python -m tests.conformance.replay`;
CONFORMANCE_RECORD_PER_ANSWER, default 3, caps the exchanges kept per operation and status).
Reports: reports/conformance/summary.txt and junit.xml.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from generator.bundle import ROOT, bundle

from . import engine, live, report
from .plan import stateful_plan
from .spec_links import operations
from .targets import api_target, served

REPORTS = ROOT / "reports" / "conformance"
# tests/realtime/conformance.py runs its WebSocket checks through `target()`: (base URL, token) over HTTP.
target = served
LIVE_BUDGET = 500
MIN_DETECTION = 0.95


def _int(env: dict[str, str], name: str, default: int) -> int:
    try:
        return int(env.get(name) or default)
    except ValueError:
        raise SystemExit(f"{name}={env[name]!r} is not a whole number") from None


def conform(spec: dict[str, Any], env: dict[str, str], out: Any = sys.stdout) -> tuple[engine.Outcome, str, int]:
    """Run every phase against the target the environment names; (outcome, summary, cleanup problems)."""
    phases = tuple(p for p in (env.get("CONFORMANCE_PHASES") or ",".join(engine.PHASES)).split(",") if p)
    unknown = set(phases) - set(engine.PHASES)
    if unknown:
        raise SystemExit(f"CONFORMANCE_PHASES: unknown phase(s) {sorted(unknown)}; choose from {list(engine.PHASES)}")
    write = env.get("CONFORMANCE_WRITE") == "1"
    number = env.get("CONFORMANCE_TELEPHONY_NUMBER")
    with api_target(spec, env) as where:
        allowed = None
        cleanup = None
        map_body = None
        if where.is_live:
            allowed = live.allowed_operations(spec, write=write, telephony=bool(number))
            cleanup = live.Cleanup(spec) if write else None
            if number:
                dial = live.check_phone_number(number)
                map_body = lambda op_id, body: live.dial_only(dial, body)  # noqa: E731
        budget = _int(env, "CONFORMANCE_BUDGET", LIVE_BUDGET) if where.is_live else None
        profile = engine.Profile(
            token=where.token,
            seed=_int(env, "CONFORMANCE_SEED", 1),
            max_examples=_int(env, "CONFORMANCE_MAX_EXAMPLES", 10),
            stateful_examples=_int(env, "CONFORMANCE_STATEFUL_EXAMPLES", 10),
            operation_ids=allowed,
            rate_limit="auto" if where.is_live else None,
            unexpected_methods=not where.is_live,
            budget=budget,
            record=_int(env, "CONFORMANCE_RECORD_PER_ANSWER", 3) if env.get("CONFORMANCE_RECORD") else 0,
        )
        after_call = cleanup.after_call if cleanup is not None else None

        def execute(run_profile: engine.Profile) -> engine.Outcome:
            if budget is not None:
                run_profile = replace(run_profile, budget=max(0, budget - outcome.requests))
            schema = engine.load(spec, run_profile, app=where.app, base_url=where.base_url)
            return engine.run(schema, run_profile, after_call, map_body)

        outcome = engine.Outcome()
        unit = tuple(p for p in phases if p != engine.STATEFUL)
        if unit:
            scope = f"{len(allowed)} operations" if allowed is not None else "every operation"
            print(
                f"phases {', '.join(unit)} on {scope} ...",
                file=out,
                flush=True,
            )
            outcome.merge(execute(replace(profile, phases=unit)))
            print(f"  {outcome.cases} cases, {len(outcome.failures)} failures", file=out, flush=True)
        if where.renew is not None:
            # The unit phases call the token operations, and revoking a token is what one of them does.
            profile = replace(profile, token=where.renew())
        if engine.STATEFUL in phases and not outcome.budget_exhausted:
            plan = stateful_plan(spec, allowed)
            if where.is_live and write:
                # A chain from a list would reach the account's own resources, then their delete links.
                plan = [p for p in plan if operations(spec)[p.chain[0]][1] != "get"]
            # A pass whose source has a target no scenario reached runs once more, on another seed.
            retries = [(step, 1) for step in plan]
            for number_, (step, attempt) in enumerate(retries, 1):
                if outcome.budget_exhausted:
                    break
                sub = replace(
                    profile,
                    seed=profile.seed + attempt - 1,
                    phases=(engine.STATEFUL,),
                    operation_ids=step.operation_ids,
                    max_steps=step.max_steps,
                    stateful_examples=step.examples(profile.stateful_examples) * attempt,
                )
                result = execute(sub)
                outcome.merge(result)
                print(
                    f"stateful {number_}/{len(retries)} {step.source}: {result.scenarios} scenarios"
                    + (f" (again, seed {sub.seed})" if attempt > 1 else "")
                    + (f", {len(result.failures)} failures" if result.failures else ""),
                    file=out,
                    flush=True,
                )
                reached = {op for (op, phase) in result.cells if phase == engine.STATEFUL}
                if attempt == 1 and step.targets - reached:
                    retries.append((step, 2))
        problems = 0
        extra: list[str] = []
        if cleanup is not None and where.base_url is not None:
            deleted, failed = cleanup.run(where.base_url, where.token)
            problems = len(failed)
            extra.append(f"cleanup: {deleted} created resource(s) deleted, {len(failed)} could not be")
            extra += [f"NOT DELETED {line}" for line in failed]
    coverage = report.link_coverage(spec, outcome.transitions, allowed)
    return outcome, report.summary(spec, outcome, coverage, extra), problems


def main() -> int:
    started = time.monotonic()
    env = dict(os.environ)
    spec = yaml.safe_load(bundle().read_text(encoding="utf-8"))
    REPORTS.mkdir(parents=True, exist_ok=True)
    outcome, text, problems = conform(spec, env)
    mutant_rows: list[tuple[str, bool, str]] = []
    code = 0 if outcome.ok and not problems else 1
    if not env.get("BASE_URL") and env.get("CONFORMANCE_MUTANTS", "1") != "0":
        from .mutants import detection

        rows, rate, lines = detection(spec, seed=_int(env, "CONFORMANCE_SEED", 1))
        mutant_rows = rows
        text += "\n".join(lines) + "\n"
        if rate < MIN_DETECTION:
            code = 1
    record = env.get("CONFORMANCE_RECORD")
    if record:
        Path(record).write_text(
            "".join(json.dumps(e, sort_keys=True) + "\n" for e in outcome.exchanges), encoding="utf-8"
        )
    text += f"run time: {time.monotonic() - started:.0f} s\n"
    (REPORTS / "summary.txt").write_text(text, encoding="utf-8")
    report.junit(spec, outcome, REPORTS / "junit.xml", mutant_rows)
    print(text)
    print(f"conformance: exit {code}; reports in {REPORTS.relative_to(ROOT)}/ (summary.txt, junit.xml)")
    return code


if __name__ == "__main__":
    sys.exit(main())
