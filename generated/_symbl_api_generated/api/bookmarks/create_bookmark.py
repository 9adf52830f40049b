# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bookmark import Bookmark
from ...models.bookmark_request import BookmarkRequest
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    conversation_id: str,
    *,
    body: BookmarkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"symbl_operation": "create_bookmark"},
        "url": "/v1/conversations/{conversation_id}/bookmarks".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Bookmark | Error | None:
    if response.status_code == 201:
        response_201 = Bookmark.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Bookmark | Error]:
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
    body: BookmarkRequest,
) -> Response[Bookmark | Error]:
    """Create a bookmark

     Bookmarks a span of the conversation. The span is given either by `beginTimeOffset`
    plus `duration` (seconds from the start of the conversation; every message inside the
    window belongs to the bookmark) or by `messageRefs` (ids of consecutive messages, from
    `GET …/messages`). Symbl rejects a body with neither; the two members of the time pair
    are required together.

    Status: Symbl's pages do not state the success code and its Go SDK accepts any 2xx;
    this description documents `201 Created` (the usual code for a created resource, and
    the one the mock answers). Clients should treat any 2xx as success.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (BookmarkRequest): A bookmark to create, or the complete replacement of one. Give the
            span either as
            `beginTimeOffset` + `duration` (both together) or as `messageRefs`; Symbl answers 400
            ("Either create/update bookmark using 'beginTimeOffset + duration' or 'messageRefs'")
            when neither is present. Both alternatives stay optional properties: a `oneOf` (or
            `anyOf`) of two `required` lists makes openapi-python-client silently drop the model
            and type the body as `Any`. The rule is instead enforced by `if`/`then` (without
            `messageRefs`, `beginTimeOffset` is required) and `dependentRequired` (the time pair
            goes together), which validators apply and the generator ignores.
             Example: {'label': 'Pricing discussion', 'description': 'The customer asks about the
            annual plan and discounts.', 'user': {'name': 'Natalia', 'userId': 'natalia@example.com',
            'email': 'natalia@example.com'}, 'beginTimeOffset': 300, 'duration': 30}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bookmark | Error]
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
    body: BookmarkRequest,
) -> Bookmark | Error | None:
    """Create a bookmark

     Bookmarks a span of the conversation. The span is given either by `beginTimeOffset`
    plus `duration` (seconds from the start of the conversation; every message inside the
    window belongs to the bookmark) or by `messageRefs` (ids of consecutive messages, from
    `GET …/messages`). Symbl rejects a body with neither; the two members of the time pair
    are required together.

    Status: Symbl's pages do not state the success code and its Go SDK accepts any 2xx;
    this description documents `201 Created` (the usual code for a created resource, and
    the one the mock answers). Clients should treat any 2xx as success.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (BookmarkRequest): A bookmark to create, or the complete replacement of one. Give the
            span either as
            `beginTimeOffset` + `duration` (both together) or as `messageRefs`; Symbl answers 400
            ("Either create/update bookmark using 'beginTimeOffset + duration' or 'messageRefs'")
            when neither is present. Both alternatives stay optional properties: a `oneOf` (or
            `anyOf`) of two `required` lists makes openapi-python-client silently drop the model
            and type the body as `Any`. The rule is instead enforced by `if`/`then` (without
            `messageRefs`, `beginTimeOffset` is required) and `dependentRequired` (the time pair
            goes together), which validators apply and the generator ignores.
             Example: {'label': 'Pricing discussion', 'description': 'The customer asks about the
            annual plan and discounts.', 'user': {'name': 'Natalia', 'userId': 'natalia@example.com',
            'email': 'natalia@example.com'}, 'beginTimeOffset': 300, 'duration': 30}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bookmark | Error
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
    body: BookmarkRequest,
) -> Response[Bookmark | Error]:
    """Create a bookmark

     Bookmarks a span of the conversation. The span is given either by `beginTimeOffset`
    plus `duration` (seconds from the start of the conversation; every message inside the
    window belongs to the bookmark) or by `messageRefs` (ids of consecutive messages, from
    `GET …/messages`). Symbl rejects a body with neither; the two members of the time pair
    are required together.

    Status: Symbl's pages do not state the success code and its Go SDK accepts any 2xx;
    this description documents `201 Created` (the usual code for a created resource, and
    the one the mock answers). Clients should treat any 2xx as success.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (BookmarkRequest): A bookmark to create, or the complete replacement of one. Give the
            span either as
            `beginTimeOffset` + `duration` (both together) or as `messageRefs`; Symbl answers 400
            ("Either create/update bookmark using 'beginTimeOffset + duration' or 'messageRefs'")
            when neither is present. Both alternatives stay optional properties: a `oneOf` (or
            `anyOf`) of two `required` lists makes openapi-python-client silently drop the model
            and type the body as `Any`. The rule is instead enforced by `if`/`then` (without
            `messageRefs`, `beginTimeOffset` is required) and `dependentRequired` (the time pair
            goes together), which validators apply and the generator ignores.
             Example: {'label': 'Pricing discussion', 'description': 'The customer asks about the
            annual plan and discounts.', 'user': {'name': 'Natalia', 'userId': 'natalia@example.com',
            'email': 'natalia@example.com'}, 'beginTimeOffset': 300, 'duration': 30}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bookmark | Error]
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
    body: BookmarkRequest,
) -> Bookmark | Error | None:
    """Create a bookmark

     Bookmarks a span of the conversation. The span is given either by `beginTimeOffset`
    plus `duration` (seconds from the start of the conversation; every message inside the
    window belongs to the bookmark) or by `messageRefs` (ids of consecutive messages, from
    `GET …/messages`). Symbl rejects a body with neither; the two members of the time pair
    are required together.

    Status: Symbl's pages do not state the success code and its Go SDK accepts any 2xx;
    this description documents `201 Created` (the usual code for a created resource, and
    the one the mock answers). Clients should treat any 2xx as success.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (BookmarkRequest): A bookmark to create, or the complete replacement of one. Give the
            span either as
            `beginTimeOffset` + `duration` (both together) or as `messageRefs`; Symbl answers 400
            ("Either create/update bookmark using 'beginTimeOffset + duration' or 'messageRefs'")
            when neither is present. Both alternatives stay optional properties: a `oneOf` (or
            `anyOf`) of two `required` lists makes openapi-python-client silently drop the model
            and type the body as `Any`. The rule is instead enforced by `if`/`then` (without
            `messageRefs`, `beginTimeOffset` is required) and `dependentRequired` (the time pair
            goes together), which validators apply and the generator ignores.
             Example: {'label': 'Pricing discussion', 'description': 'The customer asks about the
            annual plan and discounts.', 'user': {'name': 'Natalia', 'userId': 'natalia@example.com',
            'email': 'natalia@example.com'}, 'beginTimeOffset': 300, 'duration': 30}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bookmark | Error
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
