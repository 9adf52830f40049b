# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime

import msgspec

from ..models.external_event_topic import ExternalEventTopic
from ..models.external_event_type import ExternalEventType
from ..types import UNSET, Model, Unset


class ExternalEvent(Model):
    """A speaker event pushed into a live telephony connection."""

    topic: ExternalEventTopic
    """ Event family; only `speaker` exists. """

    type_: ExternalEventType = msgspec.field(name="type")
    """ What the speaker did. """

    user: SpeakerEventUser
    """ The person a speaker event is about. """

    timestamp: datetime.datetime | Unset = UNSET
    """ ISO 8601 date-time in UTC. """


from ..models.speaker_event_user import SpeakerEventUser
