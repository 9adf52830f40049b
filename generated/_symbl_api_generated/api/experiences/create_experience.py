# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.experience import Experience
from ...models.experience_request import ExperienceRequest
from ...types import Response


def _get_kwargs(
    conversation_id: str,
    *,
    body: ExperienceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"symbl_operation": "create_experience"},
        "url": "/v1/conversations/{conversation_id}/experiences".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Experience | None:
    if response.status_code == 200:
        response_200 = Experience.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Experience]:
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
    body: ExperienceRequest,
) -> Response[Error | Experience]:
    """Create a pre-built summary page

     Returns a shareable URL of a Symbl-hosted page for the conversation:
    `verbose-text-summary` (text Summary UI), `video-summary` (Video Summary UI, needs
    `videoUrl`) or `audio-summary` (Trackers and Analytics UI, needs `audioUrl`, the URL
    that was submitted to the Async API). Those per-name requirements are stated in words
    only; the schema keeps `videoUrl`/`audioUrl` optional. The URL expires after
    `summaryURLExpiresIn` seconds (30 days by default, 0 = never).

    Status: Symbl's reference does not state the success code; `200` is documented here.
    Each call creates a new URL, so the operation is not idempotent.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (ExperienceRequest): Which page to build and how to brand it. `videoUrl` is needed
            for `video-summary`
            and `audioUrl` for `audio-summary` (stated in words; not enforced by the schema).
             Example: {'name': 'verbose-text-summary', 'logo': 'https://symblsanitydata.s3.us-
            east-2.amazonaws.com/symbl-logo.png', 'color': {'background': '#0A2136'}, 'readOnly':
            False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Experience]
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
    body: ExperienceRequest,
) -> Error | Experience | None:
    """Create a pre-built summary page

     Returns a shareable URL of a Symbl-hosted page for the conversation:
    `verbose-text-summary` (text Summary UI), `video-summary` (Video Summary UI, needs
    `videoUrl`) or `audio-summary` (Trackers and Analytics UI, needs `audioUrl`, the URL
    that was submitted to the Async API). Those per-name requirements are stated in words
    only; the schema keeps `videoUrl`/`audioUrl` optional. The URL expires after
    `summaryURLExpiresIn` seconds (30 days by default, 0 = never).

    Status: Symbl's reference does not state the success code; `200` is documented here.
    Each call creates a new URL, so the operation is not idempotent.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (ExperienceRequest): Which page to build and how to brand it. `videoUrl` is needed
            for `video-summary`
            and `audioUrl` for `audio-summary` (stated in words; not enforced by the schema).
             Example: {'name': 'verbose-text-summary', 'logo': 'https://symblsanitydata.s3.us-
            east-2.amazonaws.com/symbl-logo.png', 'color': {'background': '#0A2136'}, 'readOnly':
            False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Experience
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
    body: ExperienceRequest,
) -> Response[Error | Experience]:
    """Create a pre-built summary page

     Returns a shareable URL of a Symbl-hosted page for the conversation:
    `verbose-text-summary` (text Summary UI), `video-summary` (Video Summary UI, needs
    `videoUrl`) or `audio-summary` (Trackers and Analytics UI, needs `audioUrl`, the URL
    that was submitted to the Async API). Those per-name requirements are stated in words
    only; the schema keeps `videoUrl`/`audioUrl` optional. The URL expires after
    `summaryURLExpiresIn` seconds (30 days by default, 0 = never).

    Status: Symbl's reference does not state the success code; `200` is documented here.
    Each call creates a new URL, so the operation is not idempotent.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (ExperienceRequest): Which page to build and how to brand it. `videoUrl` is needed
            for `video-summary`
            and `audioUrl` for `audio-summary` (stated in words; not enforced by the schema).
             Example: {'name': 'verbose-text-summary', 'logo': 'https://symblsanitydata.s3.us-
            east-2.amazonaws.com/symbl-logo.png', 'color': {'background': '#0A2136'}, 'readOnly':
            False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Experience]
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
    body: ExperienceRequest,
) -> Error | Experience | None:
    """Create a pre-built summary page

     Returns a shareable URL of a Symbl-hosted page for the conversation:
    `verbose-text-summary` (text Summary UI), `video-summary` (Video Summary UI, needs
    `videoUrl`) or `audio-summary` (Trackers and Analytics UI, needs `audioUrl`, the URL
    that was submitted to the Async API). Those per-name requirements are stated in words
    only; the schema keeps `videoUrl`/`audioUrl` optional. The URL expires after
    `summaryURLExpiresIn` seconds (30 days by default, 0 = never).

    Status: Symbl's reference does not state the success code; `200` is documented here.
    Each call creates a new URL, so the operation is not idempotent.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (ExperienceRequest): Which page to build and how to brand it. `videoUrl` is needed
            for `video-summary`
            and `audioUrl` for `audio-summary` (stated in words; not enforced by the schema).
             Example: {'name': 'verbose-text-summary', 'logo': 'https://symblsanitydata.s3.us-
            east-2.amazonaws.com/symbl-logo.png', 'color': {'background': '#0A2136'}, 'readOnly':
            False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Experience
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
