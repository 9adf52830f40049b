# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from enum import StrEnum


class DetectedEntityCategory(StrEnum):
    CUSTOM = "Custom"
    MANAGED = "Managed"

    def __str__(self) -> str:
        return str(self.value)
