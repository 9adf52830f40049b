# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from enum import StrEnum


class RedactionSettingsType(StrEnum):
    CUSTOM = "custom"
    DEFAULT = "default"
    OBFUSCATION = "obfuscation"

    def __str__(self) -> str:
        return str(self.value)
