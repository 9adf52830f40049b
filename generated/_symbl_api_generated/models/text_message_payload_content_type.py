# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from enum import StrEnum


class TextMessagePayloadContentType(StrEnum):
    TEXTPLAIN = "text/plain"

    def __str__(self) -> str:
        return str(self.value)
