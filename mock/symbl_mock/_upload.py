"""Reading request bodies off the wire: bounded in size and time, uploads spooled to a temp file.

A JSON body is small (`max_json_bytes`) and kept in memory. A media upload is streamed into a
`SpooledTemporaryFile` (at most `SPOOL_IN_MEMORY` bytes stay in memory) while its hash, its
first bytes and the failure trigger are computed on the fly, so a 400 MB upload costs about one
chunk of memory. A client that stops sending for `timeout` seconds is cut off.
"""

from __future__ import annotations

import asyncio
import hashlib
import tempfile
from dataclasses import dataclass, field
from typing import IO

from starlette.types import Message, Receive

SPOOL_IN_MEMORY = 1024 * 1024
HEAD_BYTES = 64


class BodyTooLarge(Exception):
    def __init__(self, size: int) -> None:
        self.size = size


class BodyTimeout(Exception):
    """The client sent nothing for longer than the body timeout (or disconnected mid-body)."""


@dataclass
class Upload:
    """A media upload as received: spooled bytes, their size, SHA-256 and first bytes."""

    file: IO[bytes]
    size: int = 0
    sha256: str = ""
    head: bytes = b""
    markers: set[bytes] = field(default_factory=set)

    def close(self) -> None:
        self.file.close()

    def __len__(self) -> int:
        return self.size


async def _next(receive: Receive, timeout: float) -> Message:
    try:
        return await asyncio.wait_for(receive(), timeout)
    except TimeoutError:
        raise BodyTimeout(f"no request data for {timeout:g} s") from None


async def read_body(receive: Receive, limit: int, timeout: float) -> bytes:
    """The whole body in memory (JSON and other small bodies)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await _next(receive, timeout)
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(size)
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def read_upload(receive: Receive, limit: int, timeout: float, markers: tuple[bytes, ...]) -> Upload:
    """Stream the body into a spooled temp file; records which of `markers` occur in it."""
    upload = Upload(tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY))  # noqa: SIM115 - owned by Upload
    digest = hashlib.sha256()
    keep = max((len(m) for m in markers), default=1) - 1
    tail = b""
    try:
        while True:
            message = await _next(receive, timeout)
            if message["type"] == "http.disconnect":
                raise BodyTimeout("the client disconnected before sending the whole body")
            chunk: bytes = message.get("body", b"")
            if chunk:
                upload.size += len(chunk)
                if upload.size > limit:
                    raise BodyTooLarge(upload.size)
                digest.update(chunk)
                if len(upload.head) < HEAD_BYTES:
                    upload.head = (upload.head + chunk[:HEAD_BYTES])[:HEAD_BYTES]
                window = tail + chunk
                upload.markers.update(m for m in markers if m in window)
                tail = window[-keep:] if keep else b""
                upload.file.write(chunk)
            if not message.get("more_body", False):
                break
    except BaseException:
        upload.close()
        raise
    upload.sha256 = digest.hexdigest()
    upload.file.seek(0)
    return upload


async def drain(receive: Receive, timeout: float) -> None:
    """Consume the request body without keeping it."""
    while True:
        message = await _next(receive, timeout)
        if message["type"] == "http.disconnect" or not message.get("more_body", False):
            return
