"""A real HTTP server on loopback that misbehaves on command, one scripted act per request.

`server.script(act, act, ...)` queues what the next requests get; the last act repeats. Acts
write raw bytes to the socket, so they can do what no well-behaved framework allows: drop the
connection, lie about the length, drip the body, answer status 999, send a gzip bomb.
Every request (method, path, headers, body) is recorded in `server.requests`.
"""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

Act = Callable[[socket.socket, "Received"], None]


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes = b""
    chunked: bool = False


@dataclass
class Hostile:
    port: int
    acts: deque[Act] = field(default_factory=deque)
    requests: list[Received] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def script(self, *acts: Act) -> None:
        self.acts.clear()
        self.acts.extend(acts)

    def calls(self, path: str) -> list[Received]:
        return [r for r in self.requests if r.path.split("?")[0] == path]

    def _next(self) -> Act:
        return self.acts.popleft() if len(self.acts) > 1 else self.acts[0]


def _read_request(conn: socket.socket) -> Received | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, rest = data.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
    received = Received(method, path, headers)
    if headers.get("transfer-encoding", "").lower() == "chunked":
        received.chunked = True
        body = b""
        while True:
            while b"\r\n" not in rest:
                rest += conn.recv(65536)
            size_line, rest = rest.split(b"\r\n", 1)
            size = int(size_line.split(b";")[0], 16)
            while len(rest) < size + 2:
                rest += conn.recv(65536)
            body, rest = body + rest[:size], rest[size + 2 :]
            if size == 0:
                break
        received.body = body
    else:
        length = int(headers.get("content-length", "0"))
        while len(rest) < length:
            more = conn.recv(65536)
            if not more:
                break
            rest += more
        received.body = rest[:length]
    return received


@contextmanager
def hostile_server() -> Iterator[Hostile]:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    server = Hostile(listener.getsockname()[1])
    server.script(reply(500, {"message": "unscripted"}))
    stop = threading.Event()

    def handle(conn: socket.socket) -> None:
        with conn:
            try:
                received = _read_request(conn)
                if received is None:
                    return
                server.requests.append(received)
                server._next()(conn, received)
            except OSError:
                pass

    def serve() -> None:
        listener.settimeout(0.05)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        stop.set()
        thread.join(2)
        listener.close()


# --- acts -----------------------------------------------------------------------------------


def _head(status: int, headers: dict[str, str], reason: str = "X") -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}"] + [f"{k}: {v}" for k, v in headers.items()] + ["Connection: close"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def raw(status: int, body: bytes, headers: dict[str, str] | None = None) -> Act:
    def act(conn: socket.socket, _: Received) -> None:
        conn.sendall(_head(status, {"Content-Length": str(len(body)), **(headers or {})}) + body)

    return act


def reply(status: int, body: Any, headers: dict[str, str] | None = None) -> Act:
    return raw(status, json.dumps(body).encode(), {"Content-Type": "application/json", **(headers or {})})


def drop() -> Act:
    """Close the connection after reading the request, without a byte of answer."""

    def act(conn: socket.socket, _: Received) -> None:
        conn.shutdown(socket.SHUT_RDWR)

    return act


def truncated(body: Any) -> Act:
    """Promise the whole body, send half of it, hang up."""
    data = json.dumps(body).encode()

    def act(conn: socket.socket, _: Received) -> None:
        conn.sendall(_head(200, {"Content-Length": str(len(data)), "Content-Type": "application/json"}))
        conn.sendall(data[: len(data) // 2])
        conn.shutdown(socket.SHUT_RDWR)

    return act


def drip(interval: float, total: int = 10_000) -> Act:
    """Headers at once, then one byte per `interval` seconds (until the client gives up)."""

    def act(conn: socket.socket, _: Received) -> None:
        conn.sendall(_head(200, {"Content-Length": str(total), "Content-Type": "application/json"}))
        for _ in range(total):
            conn.sendall(b" ")
            time.sleep(interval)

    return act


def gzip_bomb(decoded_bytes: int) -> Act:
    compressed = gzip.compress(b"\0" * decoded_bytes, compresslevel=9)

    def act(conn: socket.socket, _: Received) -> None:
        headers = {
            "Content-Length": str(len(compressed)),
            "Content-Encoding": "gzip",
            "Content-Type": "application/json",
        }
        conn.sendall(_head(200, headers) + compressed)

    return act


def redirect_to_self(status: int = 302) -> Act:
    def act(conn: socket.socket, received: Received) -> None:
        conn.sendall(_head(status, {"Location": received.path, "Content-Length": "0"}))

    return act
