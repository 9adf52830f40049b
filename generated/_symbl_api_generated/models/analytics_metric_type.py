# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from enum import StrEnum


class AnalyticsMetricType(StrEnum):
    TOTAL_OVERLAP = "total_overlap"
    TOTAL_SILENCE = "total_silence"
    TOTAL_TALK_TIME = "total_talk_time"

    def __str__(self) -> str:
        return str(self.value)
