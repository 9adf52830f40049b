# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import ClassVar, Literal

from ..types import UNSET, Model, Unset


class StreamingErrorEvent(Model, tag_field="type", tag="error"):
    """`error` lifecycle event inside a `message` envelope. The server reports a problem with the connection."""

    type_: ClassVar[Literal["error"]] = "error"
    """The tag `type` that tells this model apart in a union (always "error")."""

    data: StreamingEventData | Unset = UNSET
    """ Details of a lifecycle event; open, as Symbl adds fields per event. """


from ..models.streaming_event_data import StreamingEventData
