# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import Model


class SpeakerEventsRequest(Model):
    """Speaker events for a conversation."""

    speaker_events: Annotated[list[SpeakerEvent], msgspec.Meta(min_length=1)] = msgspec.field(name="speakerEvents")


from ..models.speaker_event import SpeakerEvent
