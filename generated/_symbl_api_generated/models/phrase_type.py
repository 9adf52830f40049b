# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from enum import StrEnum


class PhraseType(StrEnum):
    ACTION_PHRASE = "action_phrase"

    def __str__(self) -> str:
        return str(self.value)
