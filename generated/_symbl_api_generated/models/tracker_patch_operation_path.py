# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from enum import StrEnum


class TrackerPatchOperationPath(StrEnum):
    VALUE_0 = "/name"
    VALUE_1 = "/description"
    VALUE_2 = "/categories"
    VALUE_3 = "/languages"
    VALUE_4 = "/vocabulary"
    VALUE_5 = "/excludeVocabulary"

    def __str__(self) -> str:
        return str(self.value)
