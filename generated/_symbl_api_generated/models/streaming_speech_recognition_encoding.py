# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from enum import StrEnum


class StreamingSpeechRecognitionEncoding(StrEnum):
    FLAC = "FLAC"
    LINEAR16 = "LINEAR16"
    MULAW = "MULAW"
    OPUS = "Opus"

    def __str__(self) -> str:
        return str(self.value)
