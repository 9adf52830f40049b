# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import ClassVar, Literal

from ..types import Model


class StreamingStopRequest(Model, tag_field="type", tag="stop_request"):
    """Stops processing. The service finalizes the conversation and closes the WebSocket,
    unless `disconnectOnStopRequest` was `false` on the `start_request`.

        Example:
            {'type': 'stop_request'}

    """

    type_: ClassVar[Literal["stop_request"]] = "stop_request"
    """The tag `type` that tells this model apart in a union (always "stop_request")."""
