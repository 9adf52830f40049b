"""Audio and video: duration from the file header, and a deterministic "recognised" transcript.

WAV durations come from the `fmt `/`data` chunks and MP4 durations from the `mvhd` box;
other formats are estimated at 128 kbit/s. The transcript is drawn from a fixed script,
seeded by a hash of the bytes (or of the URL, which is never fetched), so the same input
always yields the same conversation.
"""

from __future__ import annotations

import hashlib
import random
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

MIN_SECONDS = 6.0
MAX_SECONDS = 4 * 3600.0
WORDS_PER_SECOND = 2.5

SCRIPT = (
    "Good morning everyone, thanks for joining the call today.",
    "Could you walk me through the pricing for the annual plan?",
    "Sure, the annual plan is $69.99 per month per seat.",
    "We also offer a ten percent discount for a two year commitment.",
    "How much does it cost to add the analytics package?",
    "The analytics package is an extra $15 per month.",
    "I will send you the updated pricing proposal by Friday.",
    "We need to review the contract with our legal team first.",
    "Please share the security questionnaire with Mike.",
    "Let's schedule a follow up call next week to finalize the details.",
    "Does the platform integrate with our existing CRM?",
    "Yes, the integration with the CRM takes about two weeks.",
    "Our onboarding team will help your engineers with the integration.",
    "What does the onboarding process look like?",
    "The onboarding usually starts with a kickoff meeting and a technical workshop.",
    "I think the product roadmap looks really promising.",
    "We are a bit worried about the migration timeline.",
    "I will follow up with an email summarizing the migration plan.",
    "Can we get a demo of the reporting dashboard?",
    "Absolutely, I can show the reporting dashboard on Thursday.",
    "Natalia needs to approve the budget before the end of the quarter.",
    "We should involve the customer success team early.",
    "The customer success team is great at driving adoption.",
    "Is there a trial period for the enterprise edition?",
    "There is a thirty day trial for the enterprise edition.",
    "Please send me the trial agreement and the pricing sheet.",
    "We will get back to you with our decision tomorrow.",
    "Thanks, this was a very helpful conversation.",
)


@dataclass
class RecognisedSentence:
    text: str
    offset: float
    duration: float
    speaker: int


# At most this many WAV chunks / MP4 boxes are walked: media made of millions of tiny chunks
# is refused (the job fails with a reason) instead of holding the server.
MAX_CHUNKS = 4096


class MalformedMedia(ValueError):
    """The bytes claim a format but cannot be read as it; the message says why."""


# Leading bytes of the formats Symbl accepts, with the media type each is filed under.
_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"RIFF", "audio/wav"),
    (0, b"RIFX", "audio/wav"),
    (0, b"ID3", "audio/mpeg"),
    (0, b"fLaC", "audio/flac"),
    (0, b"OggS", "audio/ogg"),
    (0, b"#!AMR", "audio/amr"),
    (0, b"FORM", "audio/aiff"),
    (0, b"\x30\x26\xb2\x75\x8e\x66\xcf\x11", "audio/x-ms-wma"),
    (4, b"ftyp", "audio/mp4"),
)


def sniff(head: bytes) -> str | None:
    """The media type the first bytes of a file reveal (WAV, MP3, FLAC, Ogg, AMR, AIFF, WMA, MP4), or None."""
    for offset, magic, media in _SIGNATURES:
        if head[offset : offset + len(magic)] == magic:
            return media
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:  # MPEG audio frame sync
        return "audio/aac" if head[1] & 0x06 == 0 else "audio/mpeg"
    return None


def _read(file: IO[bytes], pos: int, size: int) -> bytes:
    file.seek(pos)
    return file.read(size)


def wav_duration(file: IO[bytes], size: int) -> float | None:
    head = _read(file, 0, 12)
    if len(head) < 12 or head[:4] not in (b"RIFF", b"RIFX") or head[8:12] != b"WAVE":
        return None
    endian = "<" if head[:4] == b"RIFF" else ">"
    pos = 12
    byte_rate = 0
    for _ in range(MAX_CHUNKS):
        if pos + 8 > size:
            raise MalformedMedia("the WAV file has no data chunk")
        header = _read(file, pos, 8)
        chunk_id = header[:4]
        (chunk_size,) = struct.unpack(endian + "I", header[4:8])
        body = pos + 8
        if chunk_id == b"fmt " and body + 12 <= size:
            (byte_rate,) = struct.unpack(endian + "I", _read(file, body + 8, 4))
        elif chunk_id == b"data":
            available = max(0, size - body)
            chunk_size = min(chunk_size, available) if chunk_size else available
            if not byte_rate:
                raise MalformedMedia("the WAV file has no usable fmt chunk before its data")
            return chunk_size / byte_rate
        pos = body + chunk_size + (chunk_size & 1)
    raise MalformedMedia(f"the WAV file has more than {MAX_CHUNKS} chunks before its data")


def _boxes(file: IO[bytes], start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    pos = start
    for _ in range(MAX_CHUNKS):
        if pos + 8 > end:
            return
        header = _read(file, pos, 16)
        (size,) = struct.unpack(">I", header[:4])
        kind = header[4:8]
        skip = 8
        if size == 1:
            if len(header) < 16:
                raise MalformedMedia("an MP4 box header is cut short")
            (size,) = struct.unpack(">Q", header[8:16])
            skip = 16
        elif size == 0:
            size = end - pos
        if size < skip:
            raise MalformedMedia(f"an MP4 box at byte {pos} declares an impossible size {size}")
        yield kind, pos + skip, min(pos + size, end)
        pos += size
    raise MalformedMedia(f"the MP4 file has more than {MAX_CHUNKS} boxes in one container")


def mp4_duration(file: IO[bytes], size: int) -> float | None:
    if _read(file, 4, 4) != b"ftyp":
        return None
    for kind, start, end in _boxes(file, 0, size):
        if kind != b"moov":
            continue
        for inner, body, inner_end in _boxes(file, start, end):
            if inner != b"mvhd" or body + 20 > inner_end:
                continue
            data = _read(file, body, 32)
            if data[0] == 1 and body + 32 <= inner_end:
                timescale, duration = struct.unpack(">IQ", data[20:32])
            else:
                timescale, duration = struct.unpack(">II", data[12:20])
            if not timescale:
                raise MalformedMedia("the MP4 movie header has a zero timescale")
            return float(duration / timescale)
    raise MalformedMedia("the MP4 file has no movie header (moov/mvhd)")


def media_duration(file: IO[bytes], size: int) -> float:
    """Seconds of media in `file` (header where readable, else estimated at 128 kbit/s), within
    Symbl's 4-hour limit. Raises `MalformedMedia` for a WAV or MP4 that cannot be read."""
    seconds = wav_duration(file, size) or mp4_duration(file, size) or size / 16000.0
    return min(MAX_SECONDS, max(MIN_SECONDS, seconds))


def url_duration(url: str) -> float:
    """A stable pseudo-duration for a URL that is never downloaded (30 to 180 seconds)."""
    digest = hashlib.sha256(url.encode("utf-8", "surrogatepass")).digest()
    return 30.0 + digest[0] % 151


def transcribe(seed_material: bytes, duration: float, speakers: int) -> list[RecognisedSentence]:
    """A deterministic transcript filling `duration` seconds, alternating between `speakers`."""
    rng = random.Random(hashlib.sha256(seed_material).digest())
    speakers = max(1, min(speakers, 10))
    count = int(min(120, max(2, duration // 6)))
    slot = duration / count
    start = rng.randrange(len(SCRIPT))
    sentences: list[RecognisedSentence] = []
    speaker = 0
    for index in range(count):
        text = SCRIPT[(start + index) % len(SCRIPT)]
        spoken = min(slot * 0.9, len(text.split()) / WORDS_PER_SECOND)
        if index and rng.random() < 0.6:
            speaker = (speaker + 1) % speakers
        sentences.append(RecognisedSentence(text, round(index * slot, 3), round(spoken, 3), speaker))
    return sentences
