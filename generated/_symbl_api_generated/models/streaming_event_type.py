# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from enum import StrEnum


class StreamingEventType(StrEnum):
    CONVERSATION_COMPLETED = "conversation_completed"
    CONVERSATION_CREATED = "conversation_created"
    ERROR = "error"
    RECOGNITION_STARTED = "recognition_started"
    RECOGNITION_STOPPED = "recognition_stopped"
    SESSION_MODIFIED = "session_modified"
    STARTED_LISTENING = "started_listening"

    def __str__(self) -> str:
        return str(self.value)
