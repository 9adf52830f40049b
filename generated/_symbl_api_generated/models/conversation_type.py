# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from enum import StrEnum


class ConversationType(StrEnum):
    GENERAL = "general"
    SALES = "sales"

    def __str__(self) -> str:
        return str(self.value)
