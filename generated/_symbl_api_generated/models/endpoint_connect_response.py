# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated
from uuid import UUID

import msgspec

from ..types import UNSET, Model, Unset


class EndpointConnectResponse(Model):
    """The telephony connection. `connectionId` is ephemeral: it stops being valid once the
    connection is stopped or closes. `summaryInfo` appears only in Symbl's generated client.

    """

    connection_id: UUID = msgspec.field(name="connectionId")
    """ Id of this connection, needed to push events and to stop it. """

    event_url: str | Unset = msgspec.field(default=UNSET, name="eventUrl")
    """ URL to push speaker events to (`pushEvent`). """

    result_web_socket_url: str | Unset = msgspec.field(default=UNSET, name="resultWebSocketUrl")
    """ WebSocket URL delivering the same events with lower latency. """

    conversation_id: Annotated[str, msgspec.Meta(pattern="^[0-9]{1,32}$")] | Unset = msgspec.field(
        default=UNSET, name="conversationId"
    )
    """ Conversation id (a numeric string). """

    summary_info: list[EndpointSummaryInfo] | Unset = msgspec.field(default=UNSET, name="summaryInfo")
    """ Summary UI links per recipient. """


from ..models.endpoint_summary_info import EndpointSummaryInfo
