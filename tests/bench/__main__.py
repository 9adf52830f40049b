"""`python -m tests.bench`: run the benchmark suite, print one table, write build/bench/results.json.

    python -m tests.bench                      # every item (a few minutes: the 60 s job dominates)
    python -m tests.bench --quick              # smaller sizes, a smoke test (~1 min)
    python -m tests.bench --only parse,imports # some items
    python -m tests.bench --check              # run, then fail on a ratio >20% worse than baseline.json
    python -m tests.bench --check --no-run     # compare build/bench/results.json without running
    python -m tests.bench --update-baseline    # run, then make this run's ratios the baseline

Exit status: 0; 1 when --check finds a regression (or --strict and a target is missed); 2 on
misuse. The table also goes to build/bench/summary.md as Markdown (for README).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ._common import BASELINE_PATH, RESULTS_PATH, Options, describe_machine, machine_line
from .suite import ITEMS, compare, load_results, read_baseline, run_items, table, write_baseline, write_results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description="The benchmark suite (issue 8).")
    parser.add_argument("--quick", action="store_true", help="smaller sizes: a smoke test, not comparable")
    parser.add_argument("--only", default="", help=f"comma-separated items of: {', '.join(ITEMS)}")
    parser.add_argument("--check", action="store_true", help="fail on a ratio >20%% worse than the baseline")
    parser.add_argument("--no-run", action="store_true", help="with --check: compare the last results, do not run")
    parser.add_argument(
        "--update-baseline", action="store_true", help=f"write this run's ratios to {BASELINE_PATH.name}"
    )
    parser.add_argument("--strict", action="store_true", help="also fail when a target is missed")
    parser.add_argument("--concurrency", type=int, default=16, help="AsyncSymbl max_concurrency in item 7 (16)")
    parser.add_argument("--results", type=Path, default=RESULTS_PATH, help="results JSON (build/bench/results.json)")
    args = parser.parse_args(argv)

    if args.no_run and not args.check:
        parser.error("--no-run only goes with --check")
    if args.quick and (args.check or args.update_baseline):
        parser.error("--quick results use other sizes: they cannot be checked against, or become, the baseline")
    wanted = [w.strip() for w in args.only.split(",") if w.strip()] or list(ITEMS)
    partial = set(wanted) != set(ITEMS)
    if args.update_baseline and partial:
        parser.error("--update-baseline needs every item (no --only)")

    if args.no_run:
        if not args.results.exists():
            print(f"no results at {args.results}: run `python -m tests.bench` first", file=sys.stderr)
            return 2
        metrics, data = load_results(args.results)
        if data.get("quick"):
            print(f"{args.results} holds a --quick run: not comparable with the baseline", file=sys.stderr)
            return 2
        machine = data["machine"]
        partial = {m.key for m in metrics} != set(read_baseline()["ratios"])
    else:
        opts = Options(quick=args.quick, concurrency=args.concurrency)
        machine = describe_machine()
        print(f"[bench] {machine_line(machine)}", file=sys.stderr, flush=True)
        started = time.monotonic()
        metrics = run_items(opts, wanted)
        write_results(args.results, metrics, opts, machine, time.monotonic() - started)

    print(f"\nMachine: {machine_line(machine)}")
    print(table(metrics))
    print(f"\nresults: {args.results}")
    status = 0
    if args.update_baseline:
        write_baseline(BASELINE_PATH, metrics, machine)
        print(f"baseline written: {BASELINE_PATH}")
    if args.check:
        problems = compare(metrics, read_baseline(), partial=partial)
        if problems:
            print(f"\nregressions against {BASELINE_PATH.name}:")
            print("\n".join(f"  {p}" for p in problems))
            status = 1
        else:
            print(f"\nno ratio regressed by more than 20% against {BASELINE_PATH.name}")
    if args.strict and any(m.passed is False for m in metrics):
        print("\nsome targets were missed (--strict)")
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
