# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_connect_response import EndpointConnectResponse
from ...models.endpoint_start_request import EndpointStartRequest
from ...models.endpoint_stop_request import EndpointStopRequest
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: EndpointStartRequest | EndpointStopRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"symbl_operation": "connect_endpoint"},
        "url": "/v1/endpoint:connect",
    }

    if isinstance(body, EndpointStartRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointConnectResponse | Error | None:
    if response.status_code == 200:
        response_200 = EndpointConnectResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = EndpointConnectResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointConnectResponse | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, KeyError, TypeError):
        # An error answer whose body is not the documented Error (a proxy's HTML page, plain
        # text) must still reach the caller as an error status, not as a decoding failure.
        if response.status_code < 400:
            raise
        parsed = None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EndpointStartRequest | EndpointStopRequest,
) -> Response[EndpointConnectResponse | Error]:
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

    Args:
        body (EndpointStartRequest | EndpointStopRequest): Body of `POST /v1/endpoint:connect`: a
            start request or a stop request, told apart by
            the constant `operation` field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointConnectResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: EndpointStartRequest | EndpointStopRequest,
) -> EndpointConnectResponse | Error | None:
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

    Args:
        body (EndpointStartRequest | EndpointStopRequest): Body of `POST /v1/endpoint:connect`: a
            start request or a stop request, told apart by
            the constant `operation` field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointConnectResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EndpointStartRequest | EndpointStopRequest,
) -> Response[EndpointConnectResponse | Error]:
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

    Args:
        body (EndpointStartRequest | EndpointStopRequest): Body of `POST /v1/endpoint:connect`: a
            start request or a stop request, told apart by
            the constant `operation` field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointConnectResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EndpointStartRequest | EndpointStopRequest,
) -> EndpointConnectResponse | Error | None:
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

    Args:
        body (EndpointStartRequest | EndpointStopRequest): Body of `POST /v1/endpoint:connect`: a
            start request or a stop request, told apart by
            the constant `operation` field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointConnectResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
