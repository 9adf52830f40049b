"""Item 9: the mock's throughput under a bounded loopback load.

32 keep-alive connections (one asyncio task each, minimal HTTP/1.1 written by hand so that the
load generator is not the bottleneck) send `GET /v1/conversations/{id}/topics` of a
12-message conversation back to back for 5 s, after a 0.5 s warm-up. Served three ways, each
in a process of its own:

- the mock as shipped: `python -m symbl_mock` (what `make mock` runs);
- the same mock app from `_mockserver`, whose listening socket is created with IPPROTO_TCP so
  that asyncio sets TCP_NODELAY on accepted connections;
- a bare ASGI app answering a body of the same size under the same uvicorn settings: the
  ceiling. Ratios are requests per second of a mock over the ceiling's.
"""

from __future__ import annotations

import asyncio
import re
import socket
from collections import Counter
from urllib.parse import urlsplit

import httpx

from ._common import Metric, Options, helper_process, log
from ._workload import fetch_token, seed_conversations

CONNECTIONS = 32
_LENGTH = re.compile(rb"content-length:\s*(\d+)", re.IGNORECASE)


async def _load(url: str, path: str, token: str, connections: int, seconds: float) -> Counter[int]:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Bearer {token}\r\nUser-Agent: bench\r\n\r\n"
    ).encode()
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    statuses: Counter[int] = Counter()

    async def worker() -> None:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while loop.time() < deadline:
                writer.write(request)
                head = await reader.readuntil(b"\r\n\r\n")
                found = _LENGTH.search(head)
                await reader.readexactly(int(found.group(1)) if found else 0)
                statuses[int(head[9:12])] += 1
        finally:
            writer.close()

    await asyncio.gather(*(worker() for _ in range(connections)))
    return statuses


def _measure(url: str, path: str, token: str, seconds: float) -> tuple[float, Counter[int]]:
    asyncio.run(_load(url, path, token, CONNECTIONS, 0.5))
    statuses = asyncio.run(_load(url, path, token, CONNECTIONS, seconds))
    return sum(statuses.values()) / seconds, statuses


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _serve_and_measure(url: str, seconds: float) -> tuple[float, Counter[int], int]:
    cid = seed_conversations(url, 1, 12)[0]
    token = fetch_token(url)
    path = f"/v1/conversations/{cid}/topics"
    size = len(httpx.get(url + path, headers={"Authorization": f"Bearer {token}"}).content)
    rps, statuses = _measure(url, path, token, seconds)
    return rps, statuses, size


def run(opts: Options) -> list[Metric]:
    seconds = opts.pick(5.0, 1.0)
    shipped_args = ("--port", str(_free_port()), "--log-level", "warning")
    with helper_process(
        "symbl_mock", *shipped_args, url_after="listening on ", env={"SYMBL_MOCK_JOB_SECONDS": "0"}
    ) as (_p, url):
        shipped, shipped_statuses, size = _serve_and_measure(url, seconds)
    with helper_process("tests.bench._mockserver") as (_p, url):
        nodelay, nodelay_statuses, _ = _serve_and_measure(url, seconds)
    with helper_process("tests.bench._refserver", "--body-bytes", str(size)) as (_p, url):
        ceiling, ceiling_statuses = _measure(url, "/topics", "x", seconds)
    log(f"mock throughput: shipped {shipped:.0f}/s, with TCP_NODELAY {nodelay:.0f}/s, bare uvicorn {ceiling:.0f}/s")
    bad = {k: v for s in (shipped_statuses, nodelay_statuses) for k, v in s.items() if k != 200}
    details = {
        "connections": CONNECTIONS,
        "seconds": seconds,
        "response_bytes": size,
        "rps": {"python -m symbl_mock": shipped, "mock app, TCP_NODELAY": nodelay, "bare uvicorn app": ceiling},
        "statuses": {
            "shipped": dict(shipped_statuses),
            "nodelay": dict(nodelay_statuses),
            "ceiling": dict(ceiling_statuses),
        },
        "non_200": bad,
    }
    return [
        Metric(
            key="mock_throughput",
            item=f"9. mock throughput, {CONNECTIONS} connections, GET topics: `python -m symbl_mock` / bare uvicorn",
            measured=f"{shipped:.0f} vs {ceiling:.0f} req/s" + (f", non-200: {bad}" if bad else ""),
            ratio=round(shipped / ceiling, 3),
            better="higher",
            details=details,
        ),
        Metric(
            key="mock_throughput_nodelay",
            item="9b. the same mock app on a TCP_NODELAY socket / bare uvicorn",
            measured=f"{nodelay:.0f} vs {ceiling:.0f} req/s",
            ratio=round(nodelay / ceiling, 3),
            better="higher",
        ),
    ]
