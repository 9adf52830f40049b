# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.token import Token
from ...models.token_request import TokenRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"symbl_operation": "generate_token"},
        "url": "/oauth2/token:generate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Token | None:
    if response.status_code == 200:
        response_200 = Token.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Token]:
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
    body: TokenRequest,
) -> Response[Error | Token]:
    """Generate an access token

     Exchanges the application's `appId` and `appSecret` (from platform.symbl.ai) for a JWT
    access token, valid for `expiresIn` seconds (86400 by default). While a token is still
    valid Symbl may return the same token with its remaining lifetime. The `password`
    grant appears only in Symbl's generated client.

    Args:
        body (TokenRequest): Credentials of a Symbl application. `type=password` with
            `username`/`password` appears
            only in Symbl's generated client; the documented flow is `type=application`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Token]
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
    body: TokenRequest,
) -> Error | Token | None:
    """Generate an access token

     Exchanges the application's `appId` and `appSecret` (from platform.symbl.ai) for a JWT
    access token, valid for `expiresIn` seconds (86400 by default). While a token is still
    valid Symbl may return the same token with its remaining lifetime. The `password`
    grant appears only in Symbl's generated client.

    Args:
        body (TokenRequest): Credentials of a Symbl application. `type=password` with
            `username`/`password` appears
            only in Symbl's generated client; the documented flow is `type=application`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Token
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[Error | Token]:
    """Generate an access token

     Exchanges the application's `appId` and `appSecret` (from platform.symbl.ai) for a JWT
    access token, valid for `expiresIn` seconds (86400 by default). While a token is still
    valid Symbl may return the same token with its remaining lifetime. The `password`
    grant appears only in Symbl's generated client.

    Args:
        body (TokenRequest): Credentials of a Symbl application. `type=password` with
            `username`/`password` appears
            only in Symbl's generated client; the documented flow is `type=application`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Token]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Error | Token | None:
    """Generate an access token

     Exchanges the application's `appId` and `appSecret` (from platform.symbl.ai) for a JWT
    access token, valid for `expiresIn` seconds (86400 by default). While a token is still
    valid Symbl may return the same token with its remaining lifetime. The `password`
    grant appears only in Symbl's generated client.

    Args:
        body (TokenRequest): Credentials of a Symbl application. `type=password` with
            `username`/`password` appears
            only in Symbl's generated client; the documented flow is `type=application`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Token
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
