# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from enum import StrEnum


class FormattedTranscriptContentContentType(StrEnum):
    TEXTMARKDOWN = "text/markdown"
    TEXTSRT = "text/srt"

    def __str__(self) -> str:
        return str(self.value)
