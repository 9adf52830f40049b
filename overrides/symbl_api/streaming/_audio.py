"""Audio sources: bytes, a WAV or raw file (path or file object), or an iterable of chunks.

A WAV header is read for the format and skipped; everything else is sent as it is. A caller's
file object is read from its current position and put back there afterwards.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from .._errors import InvalidArgumentError

# Bytes per sample of each encoding the spec lists (compressed ones at typical bit rates), for pacing.
BYTES_PER_SAMPLE = {"LINEAR16": 2.0, "MULAW": 1.0, "FLAC": 1.2, "Opus": 0.25}
READ_SIZE = 64 * 1024


@dataclass(frozen=True)
class AudioFormat:
    encoding: str = "LINEAR16"
    sample_rate: int = 16000
    # 8-bit PCM (unsigned) WAV: sent as LINEAR16, which is what the API takes.
    widen: bool = field(default=False, compare=False)

    @property
    def bytes_per_second(self) -> float:
        return BYTES_PER_SAMPLE.get(self.encoding, 2.0) * self.sample_rate


def wav_header(data: bytes) -> tuple[AudioFormat, int] | None:
    """(format, offset of the audio) of a WAV file's first bytes, or None when they are not WAV."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        return None
    position, fmt = 12, None
    while position + 8 <= len(data):
        kind, size = data[position : position + 4], struct.unpack_from("<I", data, position + 4)[0]
        if kind == b"fmt " and position + 24 <= len(data):
            code, channels, rate = struct.unpack_from("<HHI", data, position + 8)
            bits = struct.unpack_from("<H", data, position + 22)[0]
            encoding = "MULAW" if code == 7 else "LINEAR16"
            if code not in (1, 7, 0xFFFE) or (code != 7 and bits not in (8, 16)) or channels != 1:
                raise InvalidArgumentError(
                    "audio",
                    f"WAV with format code {code}, {channels} channel(s) and {bits}-bit samples:"
                    " send mono 8/16-bit PCM or mu-law",
                )
            fmt = AudioFormat(encoding, rate, widen=code != 7 and bits == 8)
        if kind == b"data":
            if fmt is None:
                raise InvalidArgumentError("audio", "WAV file has no 'fmt ' chunk before its 'data' chunk")
            return fmt, position + 8
        position += 8 + size + (size & 1)
    raise InvalidArgumentError("audio", "WAV header not found in the first 64 KiB; is the file truncated?")


def _file_chunks(handle: IO[bytes], restore: int | None) -> Iterator[bytes]:
    try:
        while chunk := handle.read(READ_SIZE):
            if not isinstance(chunk, bytes | bytearray):
                raise InvalidArgumentError("audio", "the file object returned text; open it in binary mode ('rb')")
            yield bytes(chunk)
    finally:
        if restore is not None:
            handle.seek(restore)


def _with_header(first: bytes, rest: Iterator[bytes]) -> tuple[AudioFormat | None, Iterator[bytes]]:
    found = wav_header(first)
    if found is None:
        return None, _chain(first, rest)
    fmt, offset = found
    chunks = _chain(first[offset:], rest)
    return fmt, (widen_8bit(c) for c in chunks) if fmt.widen else chunks


_FLIP_SIGN = bytes(b ^ 0x80 for b in range(256))


def widen_8bit(chunk: bytes) -> bytes:
    """Unsigned 8-bit PCM as signed 16-bit little-endian (the sample in the high byte)."""
    out = bytearray(2 * len(chunk))
    out[1::2] = chunk.translate(_FLIP_SIGN)
    return bytes(out)


def _chain(first: bytes, rest: Iterable[bytes]) -> Iterator[bytes]:
    if first:
        yield first
    yield from rest


def _path_chunks(path: str | os.PathLike[str]) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        yield from _file_chunks(handle, None)


def open_source(source: Any) -> tuple[AudioFormat | None, Iterator[bytes]]:
    """(format when the source says, chunks) for every synchronous kind of audio source."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = source if isinstance(source, bytes) else bytes(source)
        if data[:4] != b"RIFF":  # the common case of raw audio: no copy, no header scan
            return None, iter((data,))
        return _with_header(data[:READ_SIZE], iter([data[READ_SIZE:]] if len(data) > READ_SIZE else []))
    if isinstance(source, str | os.PathLike):
        if not os.path.isfile(source):
            raise InvalidArgumentError("audio", f"no such file: {os.fspath(source)!r}")
        chunks = _path_chunks(source)
    elif hasattr(source, "read"):
        restore = source.tell() if getattr(source, "seekable", lambda: False)() else None
        chunks = _file_chunks(source, restore)
    elif isinstance(source, Iterable):
        chunks = _checked(source)
    else:
        raise InvalidArgumentError(
            "audio",
            f"cannot send {type(source).__name__}: pass bytes, a path, a binary file object or an iterable of bytes",
        )
    first = next(chunks, b"")
    return _with_header(first, chunks)


def _checked(chunks: Iterable[Any]) -> Iterator[bytes]:
    for chunk in chunks:
        if not isinstance(chunk, bytes | bytearray | memoryview):
            raise InvalidArgumentError("audio", f"audio chunks must be bytes, got {type(chunk).__name__}")
        yield bytes(chunk)


def split(chunk: bytes, limit: int) -> list[bytes]:
    """`chunk` as frames of at most `limit` bytes."""
    if len(chunk) <= limit:
        return [chunk] if chunk else []
    return [chunk[i : i + limit] for i in range(0, len(chunk), limit)]
