"""The reports of a conformance run: one summary people read, and JUnit for CI.

summary.txt: operations x phases (cases passed/failed, `-` where the phase did not run the
operation), the explicit links stateful testing followed, the mutants and whether each was
caught. junit.xml: one test case per operation and phase, a failure element per failed check.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .engine import PHASES, Outcome
from .spec_links import Link, explicit_links, operations, transition_id


@dataclass
class LinkCoverage:
    links: list[Link]
    followed: set[tuple[str, str]]  # Link.key of the links followed at least once

    @property
    def keys(self) -> set[tuple[str, str]]:
        return {link.key for link in self.links}

    @property
    def share(self) -> float:
        return len(self.followed) / len(self.keys) if self.keys else 1.0

    @property
    def targets(self) -> set[str]:
        return {link.target for link in self.links}


def link_coverage(spec: dict[str, Any], transitions: Iterable[str], allowed: frozenset[str] | None) -> LinkCoverage:
    links = [link for link in explicit_links(spec) if allowed is None or {link.source, link.target} <= allowed]
    by_id = {transition_id(spec, link): link for link in links}
    followed = {by_id[t].key for t in transitions if t in by_id}
    return LinkCoverage(links, followed)


def _cell(outcome: Outcome, op_id: str, phase: str) -> str:
    counts = outcome.cells.get((op_id, phase))
    if not counts:
        return "-"
    return f"{counts['passed']}" + (f" FAIL {counts['failed']}" if counts["failed"] else "")


def summary(spec: dict[str, Any], outcome: Outcome, coverage: LinkCoverage, extra: list[str]) -> str:
    reached = {op for (op, phase) in outcome.cells if phase == "stateful"}
    width = max(len(op) for op in operations(spec))
    lines = [f"{'operation':<{width}}  " + "  ".join(f"{p:>10}" for p in PHASES) + "  links followed from"]
    for op_id in operations(spec):
        if not any((op_id, p) in outcome.cells for p in PHASES):
            continue
        own = [link for link in coverage.links if link.source == op_id]
        done = len({link.key for link in own} & coverage.followed)
        followed = f"{done}/{len({link.key for link in own})}" if own else ""
        lines.append(
            f"{op_id:<{width}}  " + "  ".join(f"{_cell(outcome, op_id, p):>10}" for p in PHASES) + f"  {followed}"
        )
    missed = sorted(coverage.keys - coverage.followed)
    unreached = sorted(coverage.targets - reached)
    lines += [
        "",
        f"stateful: {outcome.scenarios} scenarios; explicit links followed: {len(coverage.followed)}/"
        f"{len(coverage.keys)} ({coverage.share:.0%}); link targets reached: "
        f"{len(coverage.targets) - len(unreached)}/{len(coverage.targets)}",
        f"cases: {outcome.cases}; requests: {outcome.requests}; failures: {len(outcome.failures)}; "
        f"errors: {len(outcome.errors)}",
    ]
    if unreached:
        lines.append("link targets never reached: " + ", ".join(unreached))
    if missed:
        lines.append("links never followed: " + ", ".join(f"{s}.{n}" for s, n in missed))
    if outcome.budget_exhausted:
        lines.append("the request budget was spent: the run stopped early")
    for failure in sorted(set(outcome.failures))[:50]:
        lines.append(f"FAILED {failure}")
    for error in outcome.errors[:20]:
        lines.append(f"ERROR {error}")
    return "\n".join([*lines, *extra]) + "\n"


def junit(spec: dict[str, Any], outcome: Outcome, path: Path, mutants: list[tuple[str, bool, str]]) -> None:
    suites = ET.Element("testsuites", name="conformance")
    suite = ET.SubElement(suites, "testsuite", name="schemathesis")
    failures_by_cell: dict[tuple[str, str], list[str]] = {}
    for failure in outcome.failures:
        op_id, rest = failure.split(" [", 1)
        phase = rest.split("]", 1)[0]
        failures_by_cell.setdefault((op_id, phase), []).append(failure)
    count = failed = 0
    for op_id in operations(spec):
        for phase in PHASES:
            if (op_id, phase) not in outcome.cells:
                continue
            count += 1
            case = ET.SubElement(suite, "testcase", classname=phase, name=op_id)
            for message in sorted(set(failures_by_cell.get((op_id, phase), [])))[:20]:
                ET.SubElement(case, "failure", message=message[:500])
            failed += bool(failures_by_cell.get((op_id, phase)))
    for error in outcome.errors:
        count += 1
        failed += 1
        ET.SubElement(ET.SubElement(suite, "testcase", classname="errors", name=error[:80]), "error", message=error)
    suite.set("tests", str(count))
    suite.set("failures", str(failed))
    if mutants:
        mutant_suite = ET.SubElement(suites, "testsuite", name="mutants", tests=str(len(mutants)))
        for name, caught, how in mutants:
            case = ET.SubElement(mutant_suite, "testcase", classname="mutants", name=name)
            if not caught:
                ET.SubElement(case, "failure", message=f"not caught: {how}")
        mutant_suite.set("failures", str(sum(not caught for _, caught, _ in mutants)))
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.indent(suites)
    ET.ElementTree(suites).write(path, encoding="utf-8", xml_declaration=True)
