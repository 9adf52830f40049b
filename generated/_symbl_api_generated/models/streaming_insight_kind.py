# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from enum import StrEnum


class StreamingInsightKind(StrEnum):
    ACTION_ITEM = "action_item"
    FOLLOW_UP = "follow_up"
    QUESTION = "question"
    TOPIC = "topic"

    def __str__(self) -> str:
        return str(self.value)
