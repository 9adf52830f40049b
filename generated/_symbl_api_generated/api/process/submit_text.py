# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_job_response import AsyncJobResponse
from ...models.error import Error
from ...models.text_process_request import TextProcessRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TextProcessRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"symbl_operation": "submit_text"},
        "url": "/v1/process/text",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AsyncJobResponse | Error | None:
    if response.status_code == 200:
        response_200 = AsyncJobResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = AsyncJobResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[AsyncJobResponse | Error]:
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
    body: TextProcessRequest,
) -> Response[AsyncJobResponse | Error]:
    """Submit a text conversation

     Creates a conversation from a list of text messages (chat, email, transcript lines) and
    starts a job that derives its insights. The response carries the new `conversationId` and
    the `jobId` to follow; insights are incomplete until the job is `completed`.

    All options travel in the JSON body. Symbl's generated client also sends `webhookUrl` as a
    query parameter; this description follows the newer documentation and Go SDK and keeps
    every option in the body. Symbl's code samples expect 201 while its draft OpenAPI file
    says 200: both are documented with the same body (201 is the primary answer).

    Args:
        body (TextProcessRequest): Body of `submitText` and `appendText`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncJobResponse | Error]
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
    body: TextProcessRequest,
) -> AsyncJobResponse | Error | None:
    """Submit a text conversation

     Creates a conversation from a list of text messages (chat, email, transcript lines) and
    starts a job that derives its insights. The response carries the new `conversationId` and
    the `jobId` to follow; insights are incomplete until the job is `completed`.

    All options travel in the JSON body. Symbl's generated client also sends `webhookUrl` as a
    query parameter; this description follows the newer documentation and Go SDK and keeps
    every option in the body. Symbl's code samples expect 201 while its draft OpenAPI file
    says 200: both are documented with the same body (201 is the primary answer).

    Args:
        body (TextProcessRequest): Body of `submitText` and `appendText`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncJobResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TextProcessRequest,
) -> Response[AsyncJobResponse | Error]:
    """Submit a text conversation

     Creates a conversation from a list of text messages (chat, email, transcript lines) and
    starts a job that derives its insights. The response carries the new `conversationId` and
    the `jobId` to follow; insights are incomplete until the job is `completed`.

    All options travel in the JSON body. Symbl's generated client also sends `webhookUrl` as a
    query parameter; this description follows the newer documentation and Go SDK and keeps
    every option in the body. Symbl's code samples expect 201 while its draft OpenAPI file
    says 200: both are documented with the same body (201 is the primary answer).

    Args:
        body (TextProcessRequest): Body of `submitText` and `appendText`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncJobResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TextProcessRequest,
) -> AsyncJobResponse | Error | None:
    """Submit a text conversation

     Creates a conversation from a list of text messages (chat, email, transcript lines) and
    starts a job that derives its insights. The response carries the new `conversationId` and
    the `jobId` to follow; insights are incomplete until the job is `completed`.

    All options travel in the JSON body. Symbl's generated client also sends `webhookUrl` as a
    query parameter; this description follows the newer documentation and Go SDK and keeps
    every option in the body. Symbl's code samples expect 201 while its draft OpenAPI file
    says 200: both are documented with the same body (201 is the primary answer).

    Args:
        body (TextProcessRequest): Body of `submitText` and `appendText`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncJobResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
