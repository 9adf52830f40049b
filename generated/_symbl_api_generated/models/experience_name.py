# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from enum import StrEnum


class ExperienceName(StrEnum):
    AUDIO_SUMMARY = "audio-summary"
    VERBOSE_TEXT_SUMMARY = "verbose-text-summary"
    VIDEO_SUMMARY = "video-summary"

    def __str__(self) -> str:
        return str(self.value)
