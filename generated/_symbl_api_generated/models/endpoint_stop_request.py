# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import ClassVar, Literal
from uuid import UUID

import msgspec

from ..types import Model


class EndpointStopRequest(Model, tag_field="operation", tag="stop"):
    """Hang up a connection started earlier."""

    operation: ClassVar[Literal["stop"]] = "stop"
    """The tag `operation` that tells this model apart in a union (always "stop")."""

    connection_id: UUID = msgspec.field(name="connectionId")
    """ The `connectionId` returned when the connection was started. """
