"""Running the items, printing the table, writing results, comparing with the baseline."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import batch, generate, imports, overhead, pagination, parse, polling, realworld, streaming, throughput, upload
from ._common import BASELINE_PATH, Metric, Options, machine_line
from ._workload import served_mock

ITEMS = (
    "overhead",
    "parse",
    "upload",
    "imports",
    "polling",
    "pagination",
    "realworld",
    "generate",
    "throughput",
    "batch",
    "streaming",
)
# Cheap, in-process work first; the 60 s job last.
ORDER = (
    "parse",
    "imports",
    "generate",
    "overhead",
    "pagination",
    "realworld",
    "throughput",
    "batch",
    "streaming",
    "upload",
    "polling",
)
TOLERANCE = 0.20
LISTED = 10_000


def _with_mock(opts: Options, wanted: set[str]) -> list[Metric]:
    """Items 1 and 6 share one mock process: 10,000 conversations (1,000 with --quick)."""
    listed = opts.pick(LISTED, 1_000) - 1
    out: list[Metric] = []
    with served_mock(listed=listed, with_content=1, messages=12) as mock:
        if "overhead" in wanted:
            out += overhead.run(opts, mock)
        if "pagination" in wanted:
            out += pagination.run(opts, mock, listed)
    return out


def run_items(opts: Options, wanted: Iterable[str]) -> list[Metric]:
    chosen = set(wanted)
    unknown = chosen - set(ITEMS)
    if unknown:
        raise SystemExit(f"unknown item(s): {', '.join(sorted(unknown))}; choose from {', '.join(ITEMS)}")
    simple: dict[str, Callable[[Options], list[Metric]]] = {
        "parse": parse.run,
        "imports": imports.run,
        "generate": generate.run,
        "realworld": realworld.run,
        "throughput": throughput.run,
        "upload": upload.run,
        "polling": polling.run,
        "batch": batch.run,
        "streaming": streaming.run,
    }
    metrics: list[Metric] = []
    shared_done = False
    for name in ORDER:
        if name not in chosen:
            continue
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        started = time.monotonic()
        if name in ("overhead", "pagination"):
            if not shared_done:
                metrics += _with_mock(opts, chosen)
                shared_done = True
        else:
            metrics += simple[name](opts)
        print(f"[bench] {name}: {time.monotonic() - started:.1f} s", file=sys.stderr, flush=True)
    return sorted(metrics, key=lambda m: m.item)


# -- output -----------------------------------------------------------------------------------


def _result(metric: Metric) -> str:
    return {True: "PASS", False: "FAIL", None: "-"}[metric.passed]


def table(metrics: list[Metric]) -> str:
    rows = [("item", "measured", "target", "ratio", "result")]
    rows += [(m.item, m.measured, m.target_text, f"{m.ratio:g}", _result(m)) for m in metrics]
    widths = [min(max(len(r[i]) for r in rows), 90) for i in range(5)]
    lines = []
    for index, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown(metrics: list[Metric], machine: dict[str, Any]) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    lines = [
        f"Measured on {machine_line(machine)}.",
        "",
        "| item | measured | target | ratio | result |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {cell(m.item)} | {cell(m.measured)} | {cell(m.target_text)} | {m.ratio:g} | {_result(m)} |" for m in metrics
    ]
    return "\n".join(lines) + "\n"


def write_results(path: Path, metrics: list[Metric], opts: Options, machine: dict[str, Any], seconds: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": opts.quick,
        "concurrency": opts.concurrency,
        "seconds": round(seconds, 1),
        "machine": machine,
        "metrics": [m.as_json() for m in metrics],
    }
    path.write_text(json.dumps(payload, indent=2, default=str) + "\n")
    path.with_name("summary.md").write_text(markdown(metrics, machine))


def load_results(path: Path) -> tuple[list[Metric], dict[str, Any]]:
    data = json.loads(path.read_text())
    fields = {"key", "item", "measured", "ratio", "better", "target", "noisy", "details"}
    return [Metric(**{k: v for k, v in m.items() if k in fields}) for m in data["metrics"]], data


# -- the baseline -----------------------------------------------------------------------------


def write_baseline(path: Path, metrics: list[Metric], machine: dict[str, Any]) -> None:
    payload = {
        "about": "Ratios of a full `python -m tests.bench` run; `--check` fails when one regresses by more than "
        "`tolerance` (noisy ones: when they miss a target the baseline met). Update with --update-baseline.",
        "tolerance": TOLERANCE,
        "machine": machine_line(machine),
        "ratios": {
            m.key: {"ratio": m.ratio, "better": m.better, "target": m.target, "noisy": m.noisy}
            for m in sorted(metrics, key=lambda m: m.key)
        },
    }
    path.write_text(json.dumps(payload, indent=2) + "\n")


def compare(metrics: list[Metric], baseline: dict[str, Any], *, partial: bool = False) -> list[str]:
    """Problems (empty: no regression). `partial`: only some items ran, so missing ones are fine."""
    tolerance = float(baseline.get("tolerance", TOLERANCE))
    current = {m.key: m for m in metrics}
    problems = []
    for key, base in sorted(baseline["ratios"].items()):
        metric = current.get(key)
        if metric is None:
            if not partial:
                problems.append(f"{key}: in the baseline but not measured")
            continue
        reference = float(base["ratio"])
        if base.get("noisy"):
            base_passed = _meets(reference, base.get("target"), base["better"])
            if metric.passed is False and base_passed is not False:
                problems.append(
                    f"{key}: {metric.ratio:g} misses its target {metric.target_text} (baseline {reference:g})"
                )
            continue
        if base["better"] == "lower":
            limit = reference * (1 + tolerance)
            if metric.ratio > limit:
                problems.append(f"{key}: {metric.ratio:g} > {limit:.3g} (baseline {reference:g} + {tolerance:.0%})")
        else:
            limit = reference * (1 - tolerance)
            if metric.ratio < limit:
                problems.append(f"{key}: {metric.ratio:g} < {limit:.3g} (baseline {reference:g} - {tolerance:.0%})")
    return problems


def _meets(ratio: float, target: float | None, better: str) -> bool | None:
    if target is None:
        return None
    return ratio <= target if better == "lower" else ratio >= target


def read_baseline(path: Path = BASELINE_PATH) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text())
    return data
