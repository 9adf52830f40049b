# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import ClassVar, Literal

from ..types import UNSET, Model, Unset


class StreamingRecognitionStoppedEvent(Model, tag_field="type", tag="recognition_stopped"):
    """`recognition_stopped` lifecycle event inside a `message` envelope. Speech recognition ended after a `stop_request`."""

    type_: ClassVar[Literal["recognition_stopped"]] = "recognition_stopped"
    """The tag `type` that tells this model apart in a union (always "recognition_stopped")."""

    data: StreamingEventData | Unset = UNSET
    """ Details of a lifecycle event; open, as Symbl adds fields per event. """


from ..models.streaming_event_data import StreamingEventData
