# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detected_tracker import DetectedTracker
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    conversation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"symbl_operation": "get_trackers_detected"},
        "url": "/v1/conversations/{conversation_id}/trackers-detected".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[DetectedTracker] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_detected_tracker_list_item_data in _response_200:
            componentsschemas_detected_tracker_list_item = DetectedTracker.from_dict(
                componentsschemas_detected_tracker_list_item_data
            )

            response_200.append(componentsschemas_detected_tracker_list_item)

        return response_200

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
) -> Response[Error | list[DetectedTracker]]:
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
) -> Response[Error | list[DetectedTracker]]:
    """Get the detected trackers (deprecated path)

     Deprecated alias of `getTrackers` (`GET /v1/conversations/{conversationId}/trackers`),
    which is canonical per the project's decision. The 2022 documentation used this path;
    earlier and later documentation and both SDKs use `/trackers`. Same response.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[DetectedTracker]]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[DetectedTracker] | None:
    """Get the detected trackers (deprecated path)

     Deprecated alias of `getTrackers` (`GET /v1/conversations/{conversationId}/trackers`),
    which is canonical per the project's decision. The 2022 documentation used this path;
    earlier and later documentation and both SDKs use `/trackers`. Same response.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[DetectedTracker]
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[DetectedTracker]]:
    """Get the detected trackers (deprecated path)

     Deprecated alias of `getTrackers` (`GET /v1/conversations/{conversationId}/trackers`),
    which is canonical per the project's decision. The 2022 documentation used this path;
    earlier and later documentation and both SDKs use `/trackers`. Same response.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[DetectedTracker]]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[DetectedTracker] | None:
    """Get the detected trackers (deprecated path)

     Deprecated alias of `getTrackers` (`GET /v1/conversations/{conversationId}/trackers`),
    which is canonical per the project's decision. The 2022 documentation used this path;
    earlier and later documentation and both SDKs use `/trackers`. Same response.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[DetectedTracker]
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
        )
    ).parsed
