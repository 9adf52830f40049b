# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from enum import StrEnum


class AudioConfigEncoding(StrEnum):
    LINEAR16 = "LINEAR16"
    MULAW = "MULAW"
    OPUS = "OPUS"
    PCMU = "PCMU"
    SPEEX = "SPEEX"

    def __str__(self) -> str:
        return str(self.value)
