# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import ClassVar, Literal

from ..types import UNSET, Model, Unset


class StreamingRecognitionStartedEvent(Model, tag_field="type", tag="recognition_started"):
    """`recognition_started` lifecycle event inside a `message` envelope. Speech recognition began."""

    type_: ClassVar[Literal["recognition_started"]] = "recognition_started"
    """The tag `type` that tells this model apart in a union (always "recognition_started")."""

    data: StreamingEventData | Unset = UNSET
    """ Details of a lifecycle event; open, as Symbl adds fields per event. """


from ..models.streaming_event_data import StreamingEventData
