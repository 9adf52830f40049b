"""Item 3: uploading a 1 GiB audio file, client against a raw httpx streaming upload.

The file is sparse (a WAV header, then a hole), in the temp directory, removed afterwards.
The receiving server is `_refserver` in a process of its own, which drains the body (the mock
caps uploads at 512 MiB). Each upload runs in a fresh process (`python -m tests.bench.upload
--child ...`) that reports its RSS before the upload and its peak during it: the peak is
VmHWM reset just before the upload (and a 2 ms sampler as a fallback), so the growth is
the memory the upload itself needed. Rounds alternate client and raw; medians are compared.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ._common import (
    PYTHON,
    ROOT,
    Metric,
    Options,
    child_env,
    helper_process,
    log,
    median,
    peak_rss_bytes,
    reset_peak_rss,
    rss_bytes,
)

MiB = 1024 * 1024
GiB = 1024 * MiB
CHUNK = MiB
RSS_BUDGET = 64 * MiB


def wav_header(data_bytes: int) -> bytes:
    """A 16 kHz mono 16-bit PCM WAV header for `data_bytes` of samples."""
    return (
        b"RIFF"
        + struct.pack("<I", 36 + data_bytes)
        + b"WAVEfmt "
        + struct.pack("<IHHIIHH", 16, 1, 1, 16000, 32000, 2, 16)
        + b"data"
        + struct.pack("<I", data_bytes)
    )


@contextlib.contextmanager
def sparse_wav(size: int, directory: str | None = None) -> Iterator[Path]:
    handle, name = tempfile.mkstemp(prefix="symbl-bench-", suffix=".wav", dir=directory)
    path = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(wav_header(min(size - 44, 0xFFFFFFFF - 36)))
            out.truncate(size)
        yield path
    finally:
        path.unlink(missing_ok=True)


# -- the child process ----------------------------------------------------------------------


class _Sampler:
    def __init__(self) -> None:
        self.peak = rss_bytes()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.002):
            self.peak = max(self.peak, rss_bytes())

    def __enter__(self) -> _Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_bytes())


def _client_uploader(url: str) -> tuple[Any, Any]:
    import httpx

    from symbl_api import Symbl

    received: list[int] = []

    def hook(response: httpx.Response) -> None:
        if response.request.url.path == "/v1/process/audio":
            received.append(int(response.headers.get("x-received-bytes", -1)))

    http = httpx.Client(timeout=600, event_hooks={"response": [hook]})
    client = Symbl(base_url=url, app_id="bench", app_secret="bench", http_client=http)

    def upload(path: Path) -> int:
        job = client.process.submit_audio(body=path)
        assert job.job_id
        return received[-1]

    return upload, client


def _raw_uploader(url: str) -> tuple[Any, Any]:
    import httpx

    client = httpx.Client(base_url=url, timeout=600)
    token = client.post("/oauth2/token:generate", json={"type": "application"}).json()["accessToken"]

    def chunks(path: Path) -> Iterator[bytes]:
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                yield chunk

    def upload(path: Path) -> int:
        headers = {
            "Authorization": f"Bearer {token}",
            "Content-Type": "audio/wav",
            "Content-Length": str(path.stat().st_size),
        }
        response = client.post("/v1/process/audio", content=chunks(path), headers=headers)
        response.raise_for_status()
        assert response.json()["jobId"]
        return int(response.headers["x-received-bytes"])

    return upload, client


def child(mode: str, url: str, path: Path, warmup: Path) -> dict[str, Any]:
    upload, client = (_client_uploader if mode == "client" else _raw_uploader)(url)
    upload(warmup)  # token, connection, lazy imports: everything but the big body
    size = path.stat().st_size
    before = rss_bytes()
    hwm_reset = reset_peak_rss()
    with _Sampler() as sampler:
        started = time.perf_counter()
        received = upload(path)
        seconds = time.perf_counter() - started
    peak = max(sampler.peak, peak_rss_bytes() if hwm_reset else 0)
    client.close()
    if received != size:
        raise SystemExit(f"the server received {received} bytes of {size}")
    return {
        "mode": mode,
        "bytes": size,
        "seconds": seconds,
        "mib_per_s": size / MiB / seconds,
        "rss_before": before,
        "rss_peak": peak,
        "rss_growth": max(0, peak - before),
        "peak_source": "VmHWM+sampler" if hwm_reset else "sampler",
    }


# -- the benchmark ---------------------------------------------------------------------------


def _run_child(mode: str, url: str, path: Path, warmup: Path) -> dict[str, Any]:
    out = subprocess.run(
        [PYTHON, "-m", "tests.bench.upload", "--child", mode, url, str(path), str(warmup)],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(f"upload child ({mode}) failed: {out.stderr.strip()[-2000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _read_through(path: Path) -> None:
    with path.open("rb") as handle:
        while handle.read(8 * CHUNK):
            pass


def run(opts: Options) -> list[Metric]:
    size = opts.pick(GiB, 64 * MiB)
    rounds = opts.pick(3, 1)
    runs: dict[str, list[dict[str, Any]]] = {"client": [], "raw": []}
    with (
        helper_process("tests.bench._refserver") as (_proc, url),
        sparse_wav(size) as path,
        sparse_wav(MiB) as warmup,
    ):
        _read_through(path)  # the first read of a hole fills the page cache: keep it out of the rounds
        for index in range(rounds):
            for mode in ("client", "raw") if index % 2 == 0 else ("raw", "client"):
                result = _run_child(mode, url, path, warmup)
                log(
                    f"upload {mode}: {result['mib_per_s']:.0f} MiB/s, RSS +{result['rss_growth'] / MiB:.1f} MiB"
                    f" (from {result['rss_before'] / MiB:.0f} MiB)"
                )
                runs[mode].append(result)
    client_speed = median([r["mib_per_s"] for r in runs["client"]])
    raw_speed = median([r["mib_per_s"] for r in runs["raw"]])
    growth = max(r["rss_growth"] for r in runs["client"])
    raw_growth = max(r["rss_growth"] for r in runs["raw"])
    size_text = f"{size / GiB:g} GiB" if size >= GiB else f"{size // MiB} MiB"
    details = {"file_bytes": size, "rounds": rounds, "chunk_bytes": CHUNK, "runs": runs}
    return [
        Metric(
            key="upload_rss",
            item=f"3a. upload {size_text}: peak RSS growth (budget 64 MiB)",
            measured=f"client +{growth / MiB:.1f} MiB (raw httpx +{raw_growth / MiB:.1f} MiB)",
            ratio=round(growth / RSS_BUDGET, 3),
            target=1.0,
            noisy=True,
            details=details,
        ),
        Metric(
            key="upload_throughput",
            item=f"3b. upload {size_text}: throughput, client / raw httpx",
            measured=f"{client_speed:.0f} vs {raw_speed:.0f} MiB/s (median of {rounds})",
            ratio=round(client_speed / raw_speed, 3),
            better="higher",
            target=0.9,
            details={"client_mib_per_s": client_speed, "raw_mib_per_s": raw_speed},
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.upload")
    parser.add_argument("--child", nargs=4, metavar=("MODE", "URL", "FILE", "WARMUP"), required=True)
    args = parser.parse_args(argv)
    mode, url, path, warmup = args.child
    print(json.dumps(child(mode, url, Path(path), Path(warmup))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
