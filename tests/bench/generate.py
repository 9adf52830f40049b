"""Item 8: wall time of `make generate` and `make check-generated`, never touching generated/.

`make check-generated` is `python -m generator check`: timed as is, twice. `make generate`
rewrites generated/ in place, so what is timed is the same work into a temporary directory: a
fresh interpreter bundles the spec, runs `generator.driver.generate_into(tmp)` and copies the
tree (as `generate` does into generated/). Wall times depend on the machine, so the ratio is
the median wall time divided by a fixed pure-Python workload timed in the same run
(`calibration_seconds`); there is no target, only the baseline.
"""

from __future__ import annotations

import subprocess
import time

from ._common import PYTHON, ROOT, Metric, Options, calibration_seconds, child_env, log, median

GENERATE_INTO_TMP = """
import shutil, tempfile
from pathlib import Path
from generator.bundle import bundle
from generator.driver import OUTPUT_DIR, generate_into
with tempfile.TemporaryDirectory() as tmp:
    fresh = generate_into(Path(tmp) / OUTPUT_DIR.name, bundle())
    shutil.copytree(fresh, Path(tmp) / "copy")
"""


def _wall(args: list[str]) -> tuple[float, int]:
    started = time.perf_counter()
    out = subprocess.run(args, cwd=ROOT, env=child_env(), capture_output=True, text=True, check=False)
    return time.perf_counter() - started, out.returncode


def run(opts: Options) -> list[Metric]:
    rounds = opts.pick(2, 1)
    unit = calibration_seconds()
    commands = {
        "generate": [PYTHON, "-c", GENERATE_INTO_TMP],
        "check": [PYTHON, "-m", "generator", "check"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    codes: dict[str, list[int]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, args in commands.items():
            seconds, code = _wall(args)
            times[name].append(seconds)
            codes[name].append(code)
    metrics = []
    for name, label in (("generate", "make generate (into a temp dir)"), ("check", "make check-generated")):
        wall = median(times[name])
        log(f"{label}: {wall:.2f} s (exit codes {codes[name]})")
        stale = " — generated/ was stale" if name == "check" and any(codes[name]) else ""
        metrics.append(
            Metric(
                key=f"{name}_time",
                item=f"8. {label}: wall time / calibration workload",
                measured=f"{', '.join(f'{t:.2f}' for t in times[name])} s (calibration {unit * 1e3:.0f} ms){stale}",
                ratio=round(wall / unit, 2),
                details={"wall_s": times[name], "exit_codes": codes[name], "calibration_s": unit},
            )
        )
    return metrics
