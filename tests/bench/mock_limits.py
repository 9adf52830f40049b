"""The mock under hostile load, measured on a real `python -m symbl_mock` process.

`PYTHONPATH=mock python -m tests.bench.mock_limits` prints, for the mock process:
- peak RSS growth while three 400 MB uploads stream in in parallel, with and without a token;
- how long a 0.77 MB submission of 24,000 short messages takes, and the worst latency another
  client sees meanwhile (target: <= ~100 ms);
- the same worst latency while a 200 MB MP4 of 8-byte boxes is submitted;
- how many of 1,100 connections that never finish their headers are still open after the
  header timeout.
Sizes shrink with `--quick`. Nothing here runs in `make test`.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
CREDENTIALS = {"type": "application", "appId": "mock-app-id", "appSecret": "mock-app-secret"}
MiB = 1024 * 1024


def _rss(pid: int) -> tuple[int, int]:
    """(current RSS, peak RSS) of a process in bytes."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) * 1024, int(fields["VmHWM"].split()[0]) * 1024


def _reset_peak(pid: int) -> None:
    Path(f"/proc/{pid}/clear_refs").write_text("5")  # resets VmHWM to the current RSS (Linux >= 4.0)


def _start(env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "symbl_mock", "--port", "0", "--log-level", "warning"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "mock"), **env},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    url = line.split("listening on ", 1)[1].split()[0]
    return proc, url


def _chunks(total: int, head: bytes = b"") -> Iterator[bytes]:
    block = b"\x00" * MiB
    yield head
    sent = len(head)
    while sent < total:
        piece = block[: min(MiB, total - sent)]
        sent += len(piece)
        yield piece


def _wav_head(total: int) -> bytes:
    fmt = struct.pack("<HHIIHH", 1, 1, 16000, 32000, 2, 16)
    data_size = total - 44
    return (
        b"RIFF"
        + struct.pack("<I", total - 8)
        + b"WAVEfmt "
        + struct.pack("<I", 16)
        + fmt
        + b"data"
        + struct.pack("<I", data_size)
    )


def _uploads(url: str, token: str | None, size: int, count: int = 3) -> tuple[list[int], float]:
    statuses: list[int] = []
    headers = {"Content-Type": "audio/wav", "Content-Length": str(size)}
    if token:
        headers["Authorization"] = f"Bearer {token}"

    def one() -> None:
        try:
            with httpx.Client(timeout=300) as client:
                response = client.post(
                    f"{url}/v1/process/audio", content=_chunks(size, _wav_head(size)), headers=headers
                )
                statuses.append(response.status_code)
        except httpx.HTTPError as exc:  # the mock closes the connection after refusing
            statuses.append(-1 if "401" not in str(exc) else 401)

    started = time.monotonic()
    threads = [threading.Thread(target=one) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses, time.monotonic() - started


_PROBE = """
import sys, time, httpx
url, token = sys.argv[1], sys.argv[2]
times = []
with httpx.Client(timeout=60, headers={"Authorization": f"Bearer {token}"}) as client:
    client.get(f"{url}/v1/conversations", params={"limit": 1})
    print("ready", flush=True)
    while not sys.stdin.closed:
        started = time.monotonic()
        client.get(f"{url}/v1/conversations", params={"limit": 1})
        times.append(time.monotonic() - started)
        if select.select([sys.stdin], [], [], 0.01)[0]:
            break
times.sort()
print(times[-1], len(times), times[int(len(times) * 0.95)], times[len(times) // 2], flush=True)
""".replace("import sys, time, httpx", "import select, sys, time, httpx")


class _Prober:
    """Another client, in its own process, hitting the mock every 10 ms; records the worst latency."""

    def __init__(self, url: str, token: str) -> None:
        self.url, self.token = url, token
        self.worst = self.p95 = self.median = 0.0
        self.count = 0

    def __enter__(self) -> _Prober:
        self._proc = subprocess.Popen(
            [sys.executable, "-c", _PROBE, self.url, self.token],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._proc.stdout is not None
        assert self._proc.stdout.readline().strip() == "ready"
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write("stop\n")
        self._proc.stdin.flush()
        worst, count, p95, median = self._proc.stdout.readline().split()
        self._proc.wait(timeout=30)
        self.worst, self.count, self.p95, self.median = float(worst), int(count), float(p95), float(median)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.mock_limits")
    parser.add_argument("--quick", action="store_true", help="smaller uploads (40 MB) and inputs")
    args = parser.parse_args(argv)
    upload_size = (40 if args.quick else 400) * 1000 * 1000
    results: dict[str, object] = {}
    proc, url = _start({"SYMBL_MOCK_HEADER_TIMEOUT": "2", "SYMBL_MOCK_JOB_SECONDS": "0.5"})
    try:
        token = httpx.post(f"{url}/oauth2/token:generate", json=CREDENTIALS).json()["accessToken"]
        for label, with_token in (("without token", None), ("with token", token)):
            _reset_peak(proc.pid)
            before, _ = _rss(proc.pid)
            statuses, seconds = _uploads(url, with_token, upload_size)
            _, peak = _rss(proc.pid)
            results[f"3 x {upload_size // 1_000_000} MB uploads {label}"] = {
                "statuses": statuses,
                "seconds": round(seconds, 2),
                "peak_rss_growth_mib": round((peak - before) / MiB, 1),
            }
        messages = [{"payload": {"content": f"m{i}"}} for i in range(2400 if args.quick else 24_000)]
        body = json.dumps({"messages": messages}).encode()
        with _Prober(url, token) as probe:
            started = time.monotonic()
            answer = httpx.post(
                f"{url}/v1/process/text",
                content=body,
                headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
                timeout=120,
            )
            took = time.monotonic() - started
        results[f"text submission of {len(messages)} messages ({len(body) / 1e6:.2f} MB)"] = {
            "status": answer.status_code,
            "seconds": round(took, 3),
            "worst_other_request_ms": round(probe.worst * 1000, 1),
            "p95_other_request_ms": round(probe.p95 * 1000, 1),
            "median_other_request_ms": round(probe.median * 1000, 1),
            "other_requests": probe.count,
        }
        boxes = 25_000_000 if not args.quick else 2_500_000
        mp4 = struct.pack(">I", 16) + b"ftypisom" + b"\x00\x00\x02\x00" + (struct.pack(">I", 8) + b"free") * boxes
        with _Prober(url, token) as probe:
            started = time.monotonic()
            answer = httpx.post(
                f"{url}/v1/process/video",
                content=mp4,
                headers={"Authorization": f"Bearer {token}", "Content-Type": "video/mp4"},
                timeout=120,
            )
            took = time.monotonic() - started
        job_url, auth = f"{url}/v1/job/{answer.json()['jobId']}", {"Authorization": f"Bearer {token}"}
        for _ in range(50):  # until the job (0.5 s) is final: it must fail, with the reason
            job = httpx.get(job_url, headers=auth).json()
            if job["status"] in ("completed", "failed"):
                break
            time.sleep(0.1)
        del mp4
        results[f"MP4 of {boxes:,} 8-byte boxes ({(boxes * 8) / 1e6:.0f} MB)"] = {
            "status": answer.status_code,
            "seconds": round(took, 3),
            "worst_other_request_ms": round(probe.worst * 1000, 1),
            "p95_other_request_ms": round(probe.p95 * 1000, 1),
            "job": job,
        }
        host, port = url.removeprefix("http://").split(":")
        sockets = []
        for _ in range(1100):
            sock = socket.create_connection((host, int(port)))
            sock.sendall(b"GET /v1/conversations HTTP/1.1\r\nHost: x\r\n")
            sockets.append(sock)
        time.sleep(3.5)  # header timeout 2 s
        still_open = 0
        for sock in sockets:
            sock.setblocking(False)
            try:
                still_open += sock.recv(1) != b""
            except BlockingIOError:
                still_open += 1
            except OSError:
                pass
            sock.close()
        results["1,100 connections with partial headers, 3.5 s later (header timeout 2 s)"] = {"still_open": still_open}
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
