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
from dataclasses import dataclass

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


def wav_duration(data: bytes) -> float | None:
    if len(data) < 12 or data[:4] not in (b"RIFF", b"RIFX") or data[8:12] != b"WAVE":
        return None
    endian = "<" if data[:4] == b"RIFF" else ">"
    pos = 12
    byte_rate = 0
    while pos + 8 <= len(data):
        chunk_id = data[pos : pos + 4]
        (size,) = struct.unpack(endian + "I", data[pos + 4 : pos + 8])
        body = pos + 8
        if chunk_id == b"fmt " and body + 12 <= len(data):
            (byte_rate,) = struct.unpack(endian + "I", data[body + 8 : body + 12])
        elif chunk_id == b"data":
            available = max(0, len(data) - body)
            size = min(size, available) if size else available
            return size / byte_rate if byte_rate else None
        pos = body + size + (size & 1)
    return None


def _boxes(data: bytes, start: int, end: int) -> list[tuple[bytes, int, int]]:
    found: list[tuple[bytes, int, int]] = []
    pos = start
    while pos + 8 <= end:
        (size,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        header = 8
        if size == 1:
            if pos + 16 > end:
                break
            (size,) = struct.unpack(">Q", data[pos + 8 : pos + 16])
            header = 16
        elif size == 0:
            size = end - pos
        if size < header:
            break
        found.append((kind, pos + header, min(pos + size, end)))
        pos += size
    return found


def mp4_duration(data: bytes) -> float | None:
    for kind, start, end in _boxes(data, 0, len(data)):
        if kind != b"moov":
            continue
        for inner, body, inner_end in _boxes(data, start, end):
            if inner != b"mvhd" or body + 20 > inner_end:
                continue
            version = data[body]
            if version == 1 and body + 32 <= inner_end:
                timescale, duration = struct.unpack(">IQ", data[body + 20 : body + 32])
            else:
                timescale, duration = struct.unpack(">II", data[body + 12 : body + 20])
            return duration / timescale if timescale else None
    return None


def media_duration(data: bytes) -> float:
    """Seconds of media in `data` (header where readable, else estimated), within Symbl's 4-hour limit."""
    seconds = wav_duration(data) or mp4_duration(data) or len(data) / 16000.0
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
