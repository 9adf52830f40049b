# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.group_envelope import GroupEnvelope
from ...models.group_request import GroupRequest
from ...types import Response


def _get_kwargs(
    group_id: str,
    *,
    body: GroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "extensions": {"symbl_operation": "update_group"},
        "url": "/v1/manage/group/{group_id}".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | GroupEnvelope | None:
    if response.status_code == 200:
        response_200 = GroupEnvelope.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

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
) -> Response[Error | GroupEnvelope]:
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
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GroupRequest,
) -> Response[Error | GroupEnvelope]:
    """Replace a conversation group

     Replaces the group's `name`, `description` and `criteria` with the body. Symbl's
    example body repeats the group's `id`; it is optional here and must equal `groupId`
    when given.

    Args:
        group_id (str):
        body (GroupRequest): A conversation group to create, or the full replacement of one. `id`
            is only
            meaningful on update, where it must equal the path's `groupId`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GroupEnvelope]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GroupRequest,
) -> Error | GroupEnvelope | None:
    """Replace a conversation group

     Replaces the group's `name`, `description` and `criteria` with the body. Symbl's
    example body repeats the group's `id`; it is optional here and must equal `groupId`
    when given.

    Args:
        group_id (str):
        body (GroupRequest): A conversation group to create, or the full replacement of one. `id`
            is only
            meaningful on update, where it must equal the path's `groupId`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GroupEnvelope
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GroupRequest,
) -> Response[Error | GroupEnvelope]:
    """Replace a conversation group

     Replaces the group's `name`, `description` and `criteria` with the body. Symbl's
    example body repeats the group's `id`; it is optional here and must equal `groupId`
    when given.

    Args:
        group_id (str):
        body (GroupRequest): A conversation group to create, or the full replacement of one. `id`
            is only
            meaningful on update, where it must equal the path's `groupId`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GroupEnvelope]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GroupRequest,
) -> Error | GroupEnvelope | None:
    """Replace a conversation group

     Replaces the group's `name`, `description` and `criteria` with the body. Symbl's
    example body repeats the group's `id`; it is optional here and must equal `groupId`
    when given.

    Args:
        group_id (str):
        body (GroupRequest): A conversation group to create, or the full replacement of one. `id`
            is only
            meaningful on update, where it must equal the path's `groupId`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GroupEnvelope
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
