# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.experience_url import ExperienceUrl
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include_call_score: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includeCallScore"] = include_call_score

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"symbl_operation": "get_insights_list_url"},
        "url": "/v1/conversations/experiences/insights/list",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ExperienceUrl | None:
    if response.status_code == 200:
        response_200 = ExperienceUrl.from_dict(response.json())

        return response_200

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
) -> Response[Error | ExperienceUrl]:
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
    include_call_score: bool | Unset = UNSET,
) -> Response[Error | ExperienceUrl]:
    """Get the Insights UI list page URL

     URL of the account's Insights UI list page (all processed conversations). Seen in
    Symbl's Go SDK and generated client; the prose documentation only describes the UI.
    Conversations appear there once they have at least 50 words of transcript.

    Args:
        include_call_score (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExperienceUrl]
    """

    kwargs = _get_kwargs(
        include_call_score=include_call_score,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include_call_score: bool | Unset = UNSET,
) -> Error | ExperienceUrl | None:
    """Get the Insights UI list page URL

     URL of the account's Insights UI list page (all processed conversations). Seen in
    Symbl's Go SDK and generated client; the prose documentation only describes the UI.
    Conversations appear there once they have at least 50 words of transcript.

    Args:
        include_call_score (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExperienceUrl
    """

    return sync_detailed(
        client=client,
        include_call_score=include_call_score,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_call_score: bool | Unset = UNSET,
) -> Response[Error | ExperienceUrl]:
    """Get the Insights UI list page URL

     URL of the account's Insights UI list page (all processed conversations). Seen in
    Symbl's Go SDK and generated client; the prose documentation only describes the UI.
    Conversations appear there once they have at least 50 words of transcript.

    Args:
        include_call_score (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExperienceUrl]
    """

    kwargs = _get_kwargs(
        include_call_score=include_call_score,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include_call_score: bool | Unset = UNSET,
) -> Error | ExperienceUrl | None:
    """Get the Insights UI list page URL

     URL of the account's Insights UI list page (all processed conversations). Seen in
    Symbl's Go SDK and generated client; the prose documentation only describes the UI.
    Conversations appear there once they have at least 50 words of transcript.

    Args:
        include_call_score (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExperienceUrl
    """

    return (
        await asyncio_detailed(
            client=client,
            include_call_score=include_call_score,
        )
    ).parsed
