# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from enum import StrEnum


class ExternalEventTopic(StrEnum):
    SPEAKER = "speaker"

    def __str__(self) -> str:
        return str(self.value)
