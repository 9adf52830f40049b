# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from enum import StrEnum


class SalesStage(StrEnum):
    DEMO = "demo"
    DISCOVERY = "discovery"
    GENERAL = "general"
    NEGOTIATION = "negotiation"
    QUALIFICATION = "qualification"

    def __str__(self) -> str:
        return str(self.value)
