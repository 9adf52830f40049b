# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated, ClassVar, Literal

import msgspec

from ..models.endpoint_start_request_insight_types_item import EndpointStartRequestInsightTypesItem
from ..types import UNSET, Model, Unset


class EndpointStartRequest(Model, tag_field="operation", tag="start"):
    """Dial Symbl into a call."""

    operation: ClassVar[Literal["start"]] = "start"
    """The tag `operation` that tells this model apart in a union (always "start")."""

    endpoint: Endpoint
    """ Where Symbl dials in. For `pstn` give `phoneNumber` (and optionally `dtmf`); for `sip`
    give `uri` (and optionally `providerName` and `audioConfig`). `language`,
    `timezoneOffset`, `idleTimeout` and `transportConfig` appear only in Symbl's generated
    client.
     """

    actions: list[EndpointAction] | Unset = UNSET
    """ Actions to run while the connection is active (only `sendSummaryEmail` exists). """

    data: EndpointSessionData | Unset = UNSET
    """ Information about the meeting being joined. """

    languages: Annotated[list[str], msgspec.Meta(min_length=1)] | Unset = UNSET
    """ BCP-47 language of the call; only the first element is used. Defaults to `en-US`.
     """

    timezone: Annotated[str, msgspec.Meta(min_length=1)] | Unset = UNSET
    """ IANA time-zone name (for example `US/Pacific`) used for the meeting start time in
    the summary UI and email. Defaults to UTC.
     """

    insight_types: list[EndpointStartRequestInsightTypesItem] | Unset = msgspec.field(
        default=UNSET, name="insightTypes"
    )
    """ Insight types to detect during the call (seen in the JavaScript SDK examples). """

    intents: list[EndpointIntent] | Unset = UNSET
    """ Call-outcome intents to detect (Symbl's generated client only). """

    endpoint_webhook_url: str | Unset = msgspec.field(default=UNSET, name="endpointWebhookUrl")
    """ URL Symbl notifies about the connection's events (Symbl's generated client only). """

    callback_url: str | Unset = msgspec.field(default=UNSET, name="callbackUrl")
    """ URL Symbl calls back when the connection ends (Symbl's generated client only). """

    headers: EndpointStartRequestHeaders | Unset = UNSET
    """ Extra headers for the call set-up, name to value (Symbl's generated client only). """

    validation_token: str | Unset = msgspec.field(default=UNSET, name="validationToken")
    """ Token echoed to the webhook so the receiver can check it (Symbl's generated client only). """

    push_speaker_events: bool | Unset = msgspec.field(default=UNSET, name="pushSpeakerEvents")
    """ Ask Symbl to derive speaker events for a PSTN call (sent by the Python SDK). """


from ..models.endpoint import Endpoint
from ..models.endpoint_action import EndpointAction
from ..models.endpoint_intent import EndpointIntent
from ..models.endpoint_session_data import EndpointSessionData
from ..models.endpoint_start_request_headers import EndpointStartRequestHeaders
