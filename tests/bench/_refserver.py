"""`python -m tests.bench._refserver`: a bare ASGI server, the reference the benchmarks compare to.

- `POST /oauth2/token:generate` answers a token; any other POST drains its body without keeping
  it and answers a job (`{conversationId, jobId}`) with the number of bytes received in
  `x-received-bytes`: the upload sink (the mock itself refuses bodies over 512 MiB).
- Any GET answers `--body-bytes` bytes of fixed JSON: the ceiling that the mock's throughput is
  compared with (same uvicorn, same settings, no work per request).

Served by uvicorn with the mock's own settings; prints `READY <url>` once listening.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys

import uvicorn
from starlette.types import Receive, Scope, Send

from symbl_mock._server import uvicorn_config

JOB = {"conversationId": "5815170693595136", "jobId": "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"}
TOKEN = {"accessToken": "bench-token", "expiresIn": 86400}


class ReferenceApp:
    def __init__(self, body_bytes: int) -> None:
        filler = "x" * max(0, body_bytes - 20)
        self.get_body = json.dumps({"topics": [], "pad": filler}).encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        received = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            received += len(message.get("body", b""))
            if not message.get("more_body", False):
                break
        if scope["method"] == "POST":
            body = json.dumps(TOKEN if scope["path"] == "/oauth2/token:generate" else JOB).encode()
        else:
            body = self.get_body
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"x-received-bytes", str(received).encode()),
        ]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench._refserver")
    parser.add_argument("--body-bytes", type=int, default=200)
    args = parser.parse_args(argv)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(4096)
    port = sock.getsockname()[1]
    print(f"READY http://127.0.0.1:{port}", flush=True)
    app = ReferenceApp(args.body_bytes)
    uvicorn.Server(uvicorn_config(app, host="127.0.0.1", port=port)).run(sockets=[sock])  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
