# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import ClassVar, Literal

from ..types import UNSET, Model, Unset


class StreamingStartedListeningEvent(Model, tag_field="type", tag="started_listening"):
    """`started_listening` lifecycle event inside a `message` envelope. The connection is ready for audio."""

    type_: ClassVar[Literal["started_listening"]] = "started_listening"
    """The tag `type` that tells this model apart in a union (always "started_listening")."""

    data: StreamingEventData | Unset = UNSET
    """ Details of a lifecycle event; open, as Symbl adds fields per event. """


from ..models.streaming_event_data import StreamingEventData
