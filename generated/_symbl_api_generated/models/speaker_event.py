# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..models.speaker_event_type import SpeakerEventType
from ..types import Model


class SpeakerEvent(Model):
    """A speaker starting or stopping to speak at an offset."""

    type_: SpeakerEventType = msgspec.field(name="type")

    user: Person
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """

    offset: SpeakerEventOffset
    """ Time from the start of the conversation as seconds plus nanoseconds. `nanos` is not
    capped at 999999999 because Symbl's examples use 5000000000.
     """


from ..models.person import Person
from ..models.speaker_event_offset import SpeakerEventOffset
