# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from enum import StrEnum


class SpeakerEventType(StrEnum):
    STARTED_SPEAKING = "started_speaking"
    STOPPED_SPEAKING = "stopped_speaking"

    def __str__(self) -> str:
        return str(self.value)
