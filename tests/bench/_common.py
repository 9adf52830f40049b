"""What every benchmark shares: results, timing helpers, the machine, and helper processes.

Every figure is a ratio of two things measured side by side in the same run (client against raw
httpx, parse against json.loads, ...), so results compare across machines; absolute times are
kept in `details` for reading, never for checking.
"""

from __future__ import annotations

import contextlib
import cProfile
import os
import platform
import pstats
import select
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

ROOT = Path(__file__).resolve().parents[2]
MOCK_DIR = ROOT / "mock"
BUILD_DIR = ROOT / "build" / "bench"
RESULTS_PATH = BUILD_DIR / "results.json"
BASELINE_PATH = Path(__file__).resolve().parent / "baseline.json"
PYTHON = sys.executable

APP_ID = "mock-app-id"
APP_SECRET = "mock-app-secret"
TOKEN_BODY = {"type": "application", "appId": APP_ID, "appSecret": APP_SECRET}

Better = Literal["lower", "higher"]
T = TypeVar("T")


@dataclass
class Metric:
    """One row of the table: a ratio, its target (None: reported only) and what was measured."""

    key: str
    item: str
    measured: str
    ratio: float
    better: Better = "lower"
    target: float | None = None
    # Ratios that vary from run to run by nature (where a poll falls inside its interval, a
    # couple of MiB of RSS, a count that must stay 0) are checked against their target only;
    # every other ratio is checked against the baseline.
    noisy: bool = False
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool | None:
        if self.target is None:
            return None
        return self.ratio <= self.target if self.better == "lower" else self.ratio >= self.target

    @property
    def target_text(self) -> str:
        if self.target is None:
            return "-"
        return f"{'≤' if self.better == 'lower' else '≥'} {self.target:g}"

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["passed"] = self.passed
        out["target_text"] = self.target_text
        return out


@dataclass
class Options:
    """`quick`: smaller sizes (a smoke test, not comparable); `concurrency`: item 7's bound."""

    quick: bool = False
    concurrency: int = 16

    def pick(self, full: T, quick: T) -> T:
        return quick if self.quick else full


def log(message: str) -> None:
    print(f"  · {message}", file=sys.stderr, flush=True)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def fmt_seconds(value: float) -> str:
    if value < 1e-3:
        return f"{value * 1e6:.0f} µs"
    if value < 1:
        return f"{value * 1e3:.1f} ms"
    return f"{value:.2f} s"


def child_env(**extra: str) -> dict[str, str]:
    """Environment for helper processes: the repository and the mock importable."""
    env = dict(os.environ)
    paths = [str(ROOT), str(MOCK_DIR)]
    if env.get("PYTHONPATH"):
        paths.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    for name in ("SYMBL_APP_ID", "SYMBL_APP_SECRET", "SYMBL_ACCESS_TOKEN", "SYMBL_BASE_URL", "SYMBL_LOG"):
        env.pop(name, None)
    env.update(extra)
    return env


# -- the machine ------------------------------------------------------------------------------


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _memory_gib() -> float | None:
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    return None


def describe_machine() -> dict[str, Any]:
    import httpx

    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "memory_gib": _memory_gib(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "httpx": httpx.__version__,
    }


def machine_line(machine: dict[str, Any]) -> str:
    return (
        f"{machine['cpu']}, {machine['cores']} cores ({machine['usable_cores']} usable), "
        f"{machine['memory_gib']} GiB RAM, {machine['implementation']} {machine['python']}, "
        f"{machine['platform']}, httpx {machine['httpx']}"
    )


# -- memory of this process -----------------------------------------------------------------


def _status_kib(name: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1])
    raise KeyError(name)


def rss_bytes() -> int:
    return _status_kib("VmRSS") * 1024


def peak_rss_bytes() -> int:
    return _status_kib("VmHWM") * 1024


def reset_peak_rss() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0); False where that is not allowed."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


# -- helper processes ---------------------------------------------------------------------------


@contextlib.contextmanager
def helper_process(
    module: str, *args: str, url_after: str = "READY ", env: dict[str, str] | None = None, timeout: float = 60.0
) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """Run `python -m module args` from the repository root; yield it with the URL it prints.

    The helper prints a line starting with `url_after` then the URL once it accepts connections
    (`READY <url>` for the benchmark's own servers). It is stopped (terminate, then kill) when the
    block ends; only this process, by its handle.
    """
    proc = subprocess.Popen(
        [PYTHON, "-m", module, *args],
        cwd=ROOT,
        env=child_env(**(env or {})),
        stdout=subprocess.PIPE,
        stderr=None,
        text=True,
    )
    try:
        assert proc.stdout is not None
        deadline = time.monotonic() + timeout
        url = ""
        while not url:
            left = deadline - time.monotonic()
            if left <= 0 or proc.poll() is not None:
                raise RuntimeError(f"{module} did not start within {timeout:g} s (exit code {proc.poll()})")
            ready, _, _ = select.select([proc.stdout], [], [], min(left, 0.5))
            if ready:
                line = proc.stdout.readline()
                if not line:
                    raise RuntimeError(f"{module} exited before it was ready (exit code {proc.wait()})")
                if url_after in line:
                    url = line.split(url_after, 1)[1].split()[0]
        yield proc, url
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def calibration_seconds(repeats: int = 5) -> float:
    """A fixed pure-Python workload: the unit that machine-bound wall times are divided by."""

    def work() -> None:
        table: dict[str, list[int]] = {}
        for i in range(1_000_000):
            key = f"k{i % 997}"
            table.setdefault(key, []).append(i * 3 % 11)
        sorted(table.items(), key=lambda kv: sum(kv[1]))

    work()
    return min(timed(work) for _ in range(repeats))


def _where(filename: str) -> str:
    for marker in ("/site-packages/", f"{ROOT}/", "/lib/python3."):
        if marker in filename:
            tail = filename.split(marker, 1)[1]
            return tail.split("/", 1)[1] if marker == "/lib/python3." else tail
    return filename


def profile_top(
    fn: Callable[[], object], repeat: int = 1, *, count: int = 12, ours: tuple[str, ...] = ("overrides/", "generated/")
) -> dict[str, Any]:
    """cProfile of `repeat` calls of `fn`: the top functions by own time, and the project's own
    functions (`ours`: path prefixes) by cumulative time. Times are per call of `fn`, in µs."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        fn()
    profiler.disable()
    stats = pstats.Stats(profiler)
    rows = []
    for (filename, line, name), (_cc, calls, own, cumulative, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        where = _where(filename)
        rows.append(
            {
                "function": f"{where}:{line}({name})" if line else name,
                "calls_per_run": round(calls / repeat, 1),
                "own_us": round(own / repeat * 1e6, 1),
                "cumulative_us": round(cumulative / repeat * 1e6, 1),
                "ours": where.startswith(ours),
            }
        )
    total = sum(r["own_us"] for r in rows) or 1.0
    by_own = sorted(rows, key=lambda r: r["own_us"], reverse=True)[:count]
    mine = sorted((r for r in rows if r["ours"]), key=lambda r: r["cumulative_us"], reverse=True)[:count]
    return {
        "profiled_us_per_run": round(total, 1),
        "by_own_time": [{**r, "own_share": round(r["own_us"] / total, 3)} for r in by_own],
        "project_by_cumulative": mine,
    }
