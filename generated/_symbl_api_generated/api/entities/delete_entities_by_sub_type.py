# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.status_message import StatusMessage
from ...types import UNSET, Response


def _get_kwargs(
    *,
    sub_type: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subType"] = sub_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "extensions": {"symbl_operation": "delete_entities_by_sub_type"},
        "url": "/v1/manage/entities",
        "params": params,
    }

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
    *,
    client: AuthenticatedClient | Client,
    sub_type: str,
) -> Response[Error | StatusMessage]:
    """Delete the custom entities of a subtype

     Deletes every custom entity whose `subType` equals the query value. Symbl documents
    this call ("delete custom entity by subtype") and the Go SDK ignores its body; since
    several entities may go and no single id applies, a plain `message` is described
    rather than the per-id delete acknowledgement.

    Args:
        sub_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StatusMessage]
    """

    kwargs = _get_kwargs(
        sub_type=sub_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sub_type: str,
) -> Error | StatusMessage | None:
    """Delete the custom entities of a subtype

     Deletes every custom entity whose `subType` equals the query value. Symbl documents
    this call ("delete custom entity by subtype") and the Go SDK ignores its body; since
    several entities may go and no single id applies, a plain `message` is described
    rather than the per-id delete acknowledgement.

    Args:
        sub_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StatusMessage
    """

    return sync_detailed(
        client=client,
        sub_type=sub_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sub_type: str,
) -> Response[Error | StatusMessage]:
    """Delete the custom entities of a subtype

     Deletes every custom entity whose `subType` equals the query value. Symbl documents
    this call ("delete custom entity by subtype") and the Go SDK ignores its body; since
    several entities may go and no single id applies, a plain `message` is described
    rather than the per-id delete acknowledgement.

    Args:
        sub_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StatusMessage]
    """

    kwargs = _get_kwargs(
        sub_type=sub_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sub_type: str,
) -> Error | StatusMessage | None:
    """Delete the custom entities of a subtype

     Deletes every custom entity whose `subType` equals the query value. Symbl documents
    this call ("delete custom entity by subtype") and the Go SDK ignores its body; since
    several entities may go and no single id applies, a plain `message` is described
    rather than the per-id delete acknowledgement.

    Args:
        sub_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StatusMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            sub_type=sub_type,
        )
    ).parsed
