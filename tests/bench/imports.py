"""Item 4: import time of `symbl_api` against `import httpx`, each in fresh interpreters.

This machine may set PYTHONDONTWRITEBYTECODE=1, which would make every import compile from
source: the children run without it, with PYTHONPYCACHEPREFIX pointing into build/bench/ so
that bytecode is written there (never into the source tree) by warm-up runs and then only
read. Only the `import` statement is timed, not interpreter start-up. Runs alternate between
the two modules; medians are compared. `-X importtime` of one run names the slowest imports.
"""

from __future__ import annotations

import subprocess
from typing import Any

from ._common import BUILD_DIR, PYTHON, ROOT, Metric, Options, child_env, log, median

CODE = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
MODULES = ("symbl_api", "httpx")


def _env() -> dict[str, str]:
    env = child_env(PYTHONPYCACHEPREFIX=str(BUILD_DIR / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _time_import(module: str, env: dict[str, str]) -> float:
    out = subprocess.run(
        [PYTHON, "-c", CODE.format(module=module)], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip())


def _slowest_imports(module: str, env: dict[str, str], count: int = 12) -> list[dict[str, Any]]:
    """The modules with the largest self time in `python -X importtime -c 'import module'`."""
    out = subprocess.run(
        [PYTHON, "-X", "importtime", "-c", f"import {module}"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    rows: list[dict[str, Any]] = []
    for line in out.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        fields = line.removeprefix("import time:").split("|")
        if len(fields) != 3:
            continue
        rows.append({"module": fields[2].strip(), "self_us": int(fields[0]), "cumulative_us": int(fields[1])})
    rows.sort(key=lambda r: r["self_us"], reverse=True)
    return rows[:count]


def run(opts: Options) -> list[Metric]:
    env = _env()
    for module in MODULES:  # warm-up: compile into the cache prefix, fill the OS file cache
        for _ in range(2):
            _time_import(module, env)
    rounds = opts.pick(21, 3)
    times: dict[str, list[float]] = {m: [] for m in MODULES}
    for index in range(rounds):
        for module in MODULES if index % 2 == 0 else reversed(MODULES):
            times[module].append(_time_import(module, env))
    ours, theirs = median(times["symbl_api"]), median(times["httpx"])
    log(f"import: symbl_api {ours * 1e3:.1f} ms, httpx {theirs * 1e3:.1f} ms")
    return [
        Metric(
            key="import_time",
            item="4. import symbl_api / import httpx (fresh interpreters, bytecode cached)",
            measured=f"{ours * 1e3:.1f} vs {theirs * 1e3:.1f} ms (median of {rounds})",
            ratio=round(ours / theirs, 3),
            target=1.5,
            details={
                "symbl_api_s": times["symbl_api"],
                "httpx_s": times["httpx"],
                "slowest_imports_of_symbl_api": _slowest_imports("symbl_api", env),
            },
        )
    ]
