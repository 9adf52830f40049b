# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from enum import StrEnum


class ProcessMode(StrEnum):
    DEFAULT = "default"
    PHONE = "phone"

    def __str__(self) -> str:
        return str(self.value)
