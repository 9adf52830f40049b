# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.speaker_events_request import SpeakerEventsRequest
from ...models.status_message import StatusMessage
from ...types import Response


def _get_kwargs(
    conversation_id: str,
    *,
    body: SpeakerEventsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "extensions": {"symbl_operation": "update_speaker_events"},
        "url": "/v1/conversations/{conversation_id}/speakers".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | StatusMessage | None:
    if response.status_code == 200:
        response_200 = StatusMessage.from_dict(response.json())

        return response_200

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
) -> Response[Error | StatusMessage]:
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
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpeakerEventsRequest,
) -> Response[Error | StatusMessage]:
    """Attribute speech to speakers with speaker events

     Sends `started_speaking` / `stopped_speaking` events (offsets from the start of the
    conversation) so Symbl attributes messages and insights to the right speakers, e.g.
    for a recording without diarization.

    `offset.nanos` is not capped at 999999999: Symbl's own examples send 5000000000
    (5 s), contrary to the usual protobuf `Duration` convention, so this spec accepts any
    non-negative value.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (SpeakerEventsRequest): Speaker events for a conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StatusMessage]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpeakerEventsRequest,
) -> Error | StatusMessage | None:
    """Attribute speech to speakers with speaker events

     Sends `started_speaking` / `stopped_speaking` events (offsets from the start of the
    conversation) so Symbl attributes messages and insights to the right speakers, e.g.
    for a recording without diarization.

    `offset.nanos` is not capped at 999999999: Symbl's own examples send 5000000000
    (5 s), contrary to the usual protobuf `Duration` convention, so this spec accepts any
    non-negative value.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (SpeakerEventsRequest): Speaker events for a conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StatusMessage
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpeakerEventsRequest,
) -> Response[Error | StatusMessage]:
    """Attribute speech to speakers with speaker events

     Sends `started_speaking` / `stopped_speaking` events (offsets from the start of the
    conversation) so Symbl attributes messages and insights to the right speakers, e.g.
    for a recording without diarization.

    `offset.nanos` is not capped at 999999999: Symbl's own examples send 5000000000
    (5 s), contrary to the usual protobuf `Duration` convention, so this spec accepts any
    non-negative value.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (SpeakerEventsRequest): Speaker events for a conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StatusMessage]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpeakerEventsRequest,
) -> Error | StatusMessage | None:
    """Attribute speech to speakers with speaker events

     Sends `started_speaking` / `stopped_speaking` events (offsets from the start of the
    conversation) so Symbl attributes messages and insights to the right speakers, e.g.
    for a recording without diarization.

    `offset.nanos` is not capped at 999999999: Symbl's own examples send 5000000000
    (5 s), contrary to the usual protobuf `Duration` convention, so this spec accepts any
    non-negative value.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (SpeakerEventsRequest): Speaker events for a conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StatusMessage
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
