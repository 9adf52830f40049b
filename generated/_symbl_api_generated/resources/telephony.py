# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""`client.telephony.<operation>(...)`, sync and async, from the spec.

Models and endpoint modules are imported when an operation is first called, not when the
client is imported, so `import symbl_api` stays cheap.
"""

from __future__ import annotations

import datetime
import os
from typing import IO, TYPE_CHECKING, Any, cast

from .._runtime import AsyncRuntime, SyncRuntime
from ..types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.endpoint_connect_response import EndpointConnectResponse
    from ..models.endpoint_start_request import EndpointStartRequest
    from ..models.endpoint_stop_request import EndpointStopRequest
    from ..models.error import Error
    from ..models.external_event import ExternalEvent
    from ..models.status_message import StatusMessage

_ = (datetime, Any, os, IO, File, UNSET, Unset, cast)  # used by some signatures only


class TelephonyRawResource:
    """`telephony` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def connect_endpoint(
        self,
        *,
        body: EndpointStartRequest | EndpointStopRequest,
    ) -> Response[EndpointConnectResponse | Error]:
        """`telephony.connect_endpoint` returning the raw response: `POST /v1/endpoint:connect`."""
        from ..api.telephony import connect_endpoint as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def push_event(
        self,
        connection_id: UUID,
        *,
        body: ExternalEvent,
    ) -> Response[Error | StatusMessage]:
        """`telephony.push_event` returning the raw response: `POST /v1/event/{connectionId}`."""
        from ..api.telephony import push_event as operation

        request = operation._get_kwargs(
            connection_id=connection_id,
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))


class TelephonyResource:
    """telephony operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = TelephonyRawResource(runtime)

    def connect_endpoint(
        self,
        *,
        body: EndpointStartRequest | EndpointStopRequest,
    ) -> EndpointConnectResponse:
        """Start or stop a telephony connection

        `operation: start` makes Symbl dial into a call over PSTN (`endpoint.type: pstn`, with
        `phoneNumber` and optional `dtmf`) or SIP (`endpoint.type: sip`, with `uri` and optional
        `audioConfig`) and returns a `connectionId` and the `conversationId` the call's
        insights are written to. `operation: stop` with that `connectionId` hangs up; the
        `connectionId` is no longer valid afterwards (a stop for an unknown or closed
        connection is described as `404`, one of the codes Symbl's sample code handles).

        The body is one of two shapes told apart by the constant `operation` field
        (`EndpointStartRequest` or `EndpointStopRequest`).

        Symbl's documentation samples expect `201 Created`; as for the processing endpoints
        (project decision 2) `200` with the same body is also documented, and the mock answers
        `201`. The fields `intents`, `endpointWebhookUrl`, `callbackUrl`, `headers`,
        `validationToken`, the endpoint's `language`, `timezoneOffset`, `idleTimeout` and
        `transportConfig`, and `summaryInfo` in the response appear only in Symbl's generated
        client (`symbl_rest`), not in the prose documentation.

        `POST /v1/endpoint:connect`
        """
        response = self.with_raw_response.connect_endpoint(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("EndpointConnectResponse", response.parsed)

    def push_event(
        self,
        connection_id: UUID,
        *,
        body: ExternalEvent,
    ) -> StatusMessage:
        """Push a speaker event into a telephony connection

        Tells Symbl who is speaking on a live telephony connection (`topic: speaker`,
        `type: started_speaking` or `stopped_speaking`) so the transcript is attributed to the
        right person. This is the `eventUrl` returned by `connectEndpoint`. The body shape comes
        from Symbl's generated client (`ExternalEvent`) and the active-speaker-events guide;
        the acknowledgement body is not documented, so a plain `message` is described.

        `POST /v1/event/{connectionId}`
        """
        response = self.with_raw_response.push_event(
            body=body,
            connection_id=connection_id,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)


class AsyncTelephonyRawResource:
    """`telephony` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def connect_endpoint(
        self,
        *,
        body: EndpointStartRequest | EndpointStopRequest,
    ) -> Response[EndpointConnectResponse | Error]:
        """`telephony.connect_endpoint` returning the raw response: `POST /v1/endpoint:connect`."""
        from ..api.telephony import connect_endpoint as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def push_event(
        self,
        connection_id: UUID,
        *,
        body: ExternalEvent,
    ) -> Response[Error | StatusMessage]:
        """`telephony.push_event` returning the raw response: `POST /v1/event/{connectionId}`."""
        from ..api.telephony import push_event as operation

        request = operation._get_kwargs(
            connection_id=connection_id,
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))


class AsyncTelephonyResource:
    """telephony operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncTelephonyRawResource(runtime)

    async def connect_endpoint(
        self,
        *,
        body: EndpointStartRequest | EndpointStopRequest,
    ) -> EndpointConnectResponse:
        """Start or stop a telephony connection

        `operation: start` makes Symbl dial into a call over PSTN (`endpoint.type: pstn`, with
        `phoneNumber` and optional `dtmf`) or SIP (`endpoint.type: sip`, with `uri` and optional
        `audioConfig`) and returns a `connectionId` and the `conversationId` the call's
        insights are written to. `operation: stop` with that `connectionId` hangs up; the
        `connectionId` is no longer valid afterwards (a stop for an unknown or closed
        connection is described as `404`, one of the codes Symbl's sample code handles).

        The body is one of two shapes told apart by the constant `operation` field
        (`EndpointStartRequest` or `EndpointStopRequest`).

        Symbl's documentation samples expect `201 Created`; as for the processing endpoints
        (project decision 2) `200` with the same body is also documented, and the mock answers
        `201`. The fields `intents`, `endpointWebhookUrl`, `callbackUrl`, `headers`,
        `validationToken`, the endpoint's `language`, `timezoneOffset`, `idleTimeout` and
        `transportConfig`, and `summaryInfo` in the response appear only in Symbl's generated
        client (`symbl_rest`), not in the prose documentation.

        `POST /v1/endpoint:connect`
        """
        response = await self.with_raw_response.connect_endpoint(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("EndpointConnectResponse", response.parsed)

    async def push_event(
        self,
        connection_id: UUID,
        *,
        body: ExternalEvent,
    ) -> StatusMessage:
        """Push a speaker event into a telephony connection

        Tells Symbl who is speaking on a live telephony connection (`topic: speaker`,
        `type: started_speaking` or `stopped_speaking`) so the transcript is attributed to the
        right person. This is the `eventUrl` returned by `connectEndpoint`. The body shape comes
        from Symbl's generated client (`ExternalEvent`) and the active-speaker-events guide;
        the acknowledgement body is not documented, so a plain `message` is described.

        `POST /v1/event/{connectionId}`
        """
        response = await self.with_raw_response.push_event(
            body=body,
            connection_id=connection_id,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)
