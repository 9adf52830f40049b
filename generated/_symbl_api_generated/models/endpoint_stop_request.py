# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Literal
from uuid import UUID

import msgspec

from ..types import Model


class EndpointStopRequest(Model):
    """Hang up a connection started earlier."""

    operation: Literal["stop"]
    """ Always `stop` for this shape. """

    connection_id: UUID = msgspec.field(name="connectionId")
    """ The `connectionId` returned when the connection was started. """
