"""Uploads: a path, bytes or a binary file object becomes a streamed request body.

Files are read in chunks as the request is sent, never whole into memory. An iterable of bytes chunks (a generator) is accepted too. A path is reopened
for each attempt, so a retried or re-authenticated upload sends the whole file again; a
seekable file object is rewound to where it started. A source that cannot be read twice (a
pipe, a socket, a generator) is sent once: it is never retried nor re-sent after a 401. A
size (Content-Length) is declared only for bytes and regular files; anything else is sent
chunked.
"""

from __future__ import annotations

import asyncio
import mimetypes
import os
import stat
from collections.abc import AsyncIterator, Iterable, Iterator
from pathlib import Path
from typing import IO, BinaryIO, cast

import httpx

from _symbl_api_generated._operations import OPERATIONS
from _symbl_api_generated.types import File

from ._errors import InvalidArgumentError

CHUNK_SIZE = 1024 * 1024
# Names the standard library's table lacks or spells differently from the spec.
EXTRA_TYPES = {
    ".wav": "audio/wav",
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".opus": "audio/opus",
    ".amr": "audio/amr",
}

UploadSource = str | os.PathLike[str] | bytes | IO[bytes] | File


class _Body:
    """Chunks of a path, bytes or file object; `seek`/`tell` let httpx compute Content-Length."""

    def __init__(self, source: str | os.PathLike[str] | bytes | IO[bytes]) -> None:
        self._path: Path | None = None
        self._bytes: bytes | None = None
        self._file: IO[bytes] | None = None
        self._iterable: Iterator[bytes] | None = None
        self.replayable = True
        self._sent = False
        if isinstance(source, bytes):
            self._bytes, self.size = source, len(source)
        elif isinstance(source, (str, os.PathLike)):
            self._path = Path(source)
            self.size = self._path.stat().st_size
        elif not hasattr(source, "read"):
            self._iterable, self.replayable, self.size = iter(cast(Iterable[bytes], source)), False, -1
        else:
            self._file = source
            self.replayable = _seekable(source)
            self._start = source.tell() if self.replayable else 0
            self.size = _regular_file_size(source) - self._start if self.replayable else -1
            if self.size < 0:
                self.size = -1

    # httpx reads the length through tell/seek (peek_filelike_length); nothing else uses them.
    def tell(self) -> int:
        return 0

    def seek(self, offset: int, whence: int = 0) -> int:
        if self.size < 0:
            raise OSError("length unknown")
        return self.size if whence == os.SEEK_END else 0

    def chunks(self) -> Iterator[bytes]:
        if self._bytes is not None:
            for start in range(0, len(self._bytes), CHUNK_SIZE):
                yield self._bytes[start : start + CHUNK_SIZE]
        elif self._path is not None:
            with self._path.open("rb") as handle:
                while chunk := handle.read(CHUNK_SIZE):
                    yield chunk
        else:
            if self.replayable:
                assert self._file is not None
                self._file.seek(self._start)
            elif self._sent:
                # Sending a consumed stream again would upload nothing and look like success.
                raise httpx.StreamConsumed()
            self._sent = True
            if self._iterable is not None:
                yield from self._iterable
                return
            assert self._file is not None
            while chunk := self._file.read(CHUNK_SIZE):
                yield chunk


class SyncUpload(_Body):
    def __iter__(self) -> Iterator[bytes]:
        return self.chunks()


class AsyncUpload(_Body):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks():
            yield chunk
            # Let other tasks run between chunks of a large local file.
            await asyncio.sleep(0)


def _seekable(source: IO[bytes]) -> bool:
    try:
        return bool(source.seekable()) and source.tell() >= 0
    except (OSError, AttributeError, ValueError):
        return False


def _regular_file_size(source: IO[bytes]) -> int:
    """The size of a regular file behind `source`, or -1 (pipes, sockets, buffers: sent chunked)."""
    try:
        info = os.fstat(source.fileno())
    except (OSError, AttributeError, ValueError):
        return -1
    return info.st_size if stat.S_ISREG(info.st_mode) else -1


def declare_size(request: httpx.Request) -> None:
    """Content-Length for an async upload of known size (httpx sends async iterables chunked)."""
    size = getattr(getattr(request.stream, "_stream", None), "size", -1)
    if isinstance(size, int) and size >= 0 and "transfer-encoding" in request.headers:
        del request.headers["transfer-encoding"]
        request.headers["content-length"] = str(size)


def replayable(request: httpx.Request) -> bool:
    """Whether the request's body can be sent again (for a retry or after a 401)."""
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        return True
    # httpx 0.28 (pinned) keeps the iterable it was given as `_stream`; ours say if they replay.
    source = getattr(stream, "_stream", None)
    return bool(getattr(source, "replayable", False))


def _guess(name: str | None) -> str | None:
    if not name:
        return None
    suffix = Path(name).suffix.lower()
    return EXTRA_TYPES.get(suffix) or mimetypes.guess_type(name)[0]


def to_file(operation_name: str, source: UploadSource, media_type: str | None, *, asynchronous: bool) -> File:
    """A File for the generated operation, with its media type checked against the spec."""
    operation = OPERATIONS[operation_name]
    accepted = operation.binary_media_types
    if isinstance(source, File):
        media_type = media_type or source.mime_type
        name = source.file_name
        source = cast(IO[bytes], source.payload)
    else:
        name = os.fspath(source) if isinstance(source, (str, os.PathLike)) else getattr(source, "name", None)
        if not isinstance(name, str):
            name = None
    if isinstance(source, (str, os.PathLike)) and not Path(source).is_file():
        raise InvalidArgumentError("body", f"no such file: {os.fspath(source)}")
    chunk_source = not isinstance(source, (str, os.PathLike, bytes)) and not hasattr(source, "read")
    if chunk_source and (isinstance(source, (bytearray, memoryview)) or not isinstance(source, Iterable)):
        raise InvalidArgumentError(
            "body",
            f"must be a path, bytes, a binary file object or an iterable of bytes chunks, not {type(source).__name__}",
        )
    media_type = media_type or _guess(name)
    if media_type is None:
        raise InvalidArgumentError(
            "media_type",
            f"cannot tell the media type of {name or 'the upload'}; pass media_type= (one of {', '.join(accepted)})",
        )
    if media_type not in accepted:
        raise InvalidArgumentError(
            "media_type", f"{operation.operation_id} accepts {', '.join(accepted)}, not {media_type}"
        )
    body = AsyncUpload(source) if asynchronous else SyncUpload(source)
    return File(payload=cast(BinaryIO, body), file_name=Path(name).name if name else None, mime_type=media_type)
