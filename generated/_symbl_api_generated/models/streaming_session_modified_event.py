# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import ClassVar, Literal

from ..types import UNSET, Model, Unset


class StreamingSessionModifiedEvent(Model, tag_field="type", tag="session_modified"):
    """`session_modified` lifecycle event inside a `message` envelope. A `modify_request` took effect."""

    type_: ClassVar[Literal["session_modified"]] = "session_modified"
    """The tag `type` that tells this model apart in a union (always "session_modified")."""

    data: StreamingEventData | Unset = UNSET
    """ Details of a lifecycle event; open, as Symbl adds fields per event. """


from ..models.streaming_event_data import StreamingEventData
