# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_conversation_request import UpdateConversationRequest
from ...models.updated_conversation import UpdatedConversation
from ...types import Response


def _get_kwargs(
    conversation_id: str,
    *,
    body: UpdateConversationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "extensions": {"symbl_operation": "update_conversation"},
        "url": "/v1/conversations/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdatedConversation | None:
    if response.status_code == 200:
        response_200 = UpdatedConversation.from_dict(response.json())

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
) -> Response[Error | UpdatedConversation]:
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
    body: UpdateConversationRequest,
) -> Response[Error | UpdatedConversation]:
    """Update a conversation's metadata

     Replaces the conversation's `metadata` (string keys to string values of at most 128
    characters), which conversation groups and the list `filter` match on. Only
    `metadata` can be changed; `id` and `type` cannot. Symbl's draft OpenAPI also lists
    `type`, `name`, `startTime`, `endTime` and `members` in the body, but the prose
    reference allows only `metadata`, so only `metadata` is described here. The response
    carries the conversation id and its metadata after the update.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (UpdateConversationRequest): The new metadata; only `metadata` can be changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdatedConversation]
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
    body: UpdateConversationRequest,
) -> Error | UpdatedConversation | None:
    """Update a conversation's metadata

     Replaces the conversation's `metadata` (string keys to string values of at most 128
    characters), which conversation groups and the list `filter` match on. Only
    `metadata` can be changed; `id` and `type` cannot. Symbl's draft OpenAPI also lists
    `type`, `name`, `startTime`, `endTime` and `members` in the body, but the prose
    reference allows only `metadata`, so only `metadata` is described here. The response
    carries the conversation id and its metadata after the update.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (UpdateConversationRequest): The new metadata; only `metadata` can be changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdatedConversation
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
    body: UpdateConversationRequest,
) -> Response[Error | UpdatedConversation]:
    """Update a conversation's metadata

     Replaces the conversation's `metadata` (string keys to string values of at most 128
    characters), which conversation groups and the list `filter` match on. Only
    `metadata` can be changed; `id` and `type` cannot. Symbl's draft OpenAPI also lists
    `type`, `name`, `startTime`, `endTime` and `members` in the body, but the prose
    reference allows only `metadata`, so only `metadata` is described here. The response
    carries the conversation id and its metadata after the update.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (UpdateConversationRequest): The new metadata; only `metadata` can be changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdatedConversation]
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
    body: UpdateConversationRequest,
) -> Error | UpdatedConversation | None:
    """Update a conversation's metadata

     Replaces the conversation's `metadata` (string keys to string values of at most 128
    characters), which conversation groups and the list `filter` match on. Only
    `metadata` can be changed; `id` and `type` cannot. Symbl's draft OpenAPI also lists
    `type`, `name`, `startTime`, `endTime` and `members` in the body, but the prose
    reference allows only `metadata`, so only `metadata` is described here. The response
    carries the conversation id and its metadata after the update.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (UpdateConversationRequest): The new metadata; only `metadata` can be changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdatedConversation
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
