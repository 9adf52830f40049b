"""Deterministic "speech recognition" of a live audio stream.

The words come from the mock's fixed script (`_media.SCRIPT`, the one async audio uses),
starting at a sentence chosen by a hash of the first 4 KiB of audio (however it was framed); their timing comes from the
amount of audio received, at `WORDS_PER_SECOND` with a pause between sentences. So the same
audio always gives the same captions, interim results grow word by word, and a sentence's
final result is due the moment the audio covering its last word has arrived.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .._media import SCRIPT, WORDS_PER_SECOND

PAUSE_SECONDS = 0.5
SEED_BYTES = 4096
# Bytes of audio per second for each encoding of the spec (compressed ones at typical rates).
BYTES_PER_SAMPLE = {"LINEAR16": 2.0, "MULAW": 1.0, "FLAC": 1.2, "Opus": 0.25}


@dataclass
class Recognised:
    text: str
    words: list[str]
    start: float
    end: float
    final: bool


class Recognizer:
    def __init__(self, encoding: str = "LINEAR16", sample_rate: int = 16000) -> None:
        self.set_format(encoding, sample_rate)
        self.heard = 0.0
        self._index: int | None = None
        self._sentence = 0
        self._start = 0.0
        self._interim_words = 0
        self._seed = b""

    def set_format(self, encoding: str, sample_rate: int) -> None:
        self.bytes_per_second = BYTES_PER_SAMPLE.get(encoding, 2.0) * sample_rate

    def _words(self) -> list[str]:
        assert self._index is not None
        return SCRIPT[(self._index + self._sentence) % len(SCRIPT)].split()

    def feed(self, audio: bytes) -> list[Recognised]:
        """Results due after `audio`: interim ones as words complete, a final one per sentence."""
        self.heard += len(audio) / self.bytes_per_second
        if self._index is None:
            self._seed += audio[: SEED_BYTES - len(self._seed)]
            if len(self._seed) < SEED_BYTES:
                return []
            self._index = hashlib.sha256(self._seed).digest()[0] % len(SCRIPT)
        out: list[Recognised] = []
        while True:
            words = self._words()
            end = self._start + len(words) / WORDS_PER_SECOND
            if self.heard >= end:
                out.append(Recognised(" ".join(words), words, self._start, end, True))
                self._next(end)
                continue
            spoken = int((self.heard - self._start) * WORDS_PER_SECOND)
            if spoken > self._interim_words:
                self._interim_words = spoken
                out.append(Recognised(" ".join(words[:spoken]), words[:spoken], self._start, self.heard, False))
            return out

    def flush(self) -> Recognised | None:
        """The sentence in progress as a final result (what was heard of it), at the end of audio."""
        if self._index is None or self._interim_words == 0:
            return None
        words = self._words()[: self._interim_words]
        result = Recognised(" ".join(words), words, self._start, self.heard, True)
        self._next(self.heard)
        return result

    def _next(self, end: float) -> None:
        self._sentence += 1
        self._start = end + PAUSE_SECONDS
        self._interim_words = 0
