"""A small in-process stateful pass, and proof that mutants are told apart from the real mock."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from generator.bundle import bundle

from . import engine
from .mutants import Mutant, generate, run_mutant
from .plan import stateful_plan
from .report import link_coverage
from .spec_links import operations
from .targets import new_mock

SPEC: dict[str, Any] = yaml.safe_load(bundle().read_text(encoding="utf-8"))
MUTANTS = {m.name: m for m in generate(SPEC)}


@pytest.mark.parametrize("source", ["createTracker", "submitText"])
def test_a_stateful_pass_follows_the_sources_links_and_finds_nothing_wrong(source: str) -> None:
    step = next(p for p in stateful_plan(SPEC) if p.source == source)
    app, renew = new_mock(SPEC)
    profile = engine.Profile(
        token=renew(),
        phases=("stateful",),
        stateful_examples=5,
        max_steps=step.max_steps,
        operation_ids=step.operation_ids,
    )
    outcome = engine.run(engine.load(SPEC, profile, app=app), profile)
    assert outcome.ok, outcome.failures[:5] + outcome.errors[:5]
    coverage = link_coverage(SPEC, outcome.transitions, step.operation_ids)
    own = {link.key for link in coverage.links if link.source == source}
    assert outcome.scenarios >= 3
    assert len(own & coverage.followed) >= len(own) // 2, sorted(own - coverage.followed)


def test_every_family_gets_mutants_of_every_kind_that_applies() -> None:
    families = {(op.get("tags") or ["untagged"])[0] for _, _, op in operations(SPEC).values()}
    assert {m.family for m in MUTANTS.values()} == families
    assert {m.kind for m in MUTANTS.values()} == {
        "drop-field",
        "change-type",
        "accept-invalid",
        "skip-auth",
        "ok-for-missing",
        "break-link",
    }


def unmutated(mutant: Mutant) -> Mutant:
    return Mutant(mutant.kind, mutant.family, mutant.operation_id, mutant.focus, mutant.stateful, lambda app, _: app)


@pytest.mark.parametrize(
    "name", ["drop-field trackers:listTrackers", "skip-auth settings:getSettings", "break-link trackers:createTracker"]
)
def test_a_mutant_is_caught_where_the_real_mock_passes_the_same_run(name: str) -> None:
    mutant = MUTANTS[name]
    caught, how = run_mutant(SPEC, mutant, seed=1)
    assert caught, how
    assert run_mutant(SPEC, unmutated(mutant), seed=1) == (False, "no check failed")
