# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Literal

import msgspec

from ..types import Model


class StreamingStopRequest(Model):
    """Stops processing. The service finalizes the conversation and closes the WebSocket,
    unless `disconnectOnStopRequest` was `false` on the `start_request`.

        Example:
            {'type': 'stop_request'}

    """

    type_: Literal["stop_request"] = msgspec.field(name="type")
