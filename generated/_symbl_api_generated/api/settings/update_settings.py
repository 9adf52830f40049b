# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.json_patch_operation import JsonPatchOperation
from ...models.settings_envelope import SettingsEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: list[JsonPatchOperation],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "extensions": {"symbl_operation": "update_settings"},
        "url": "/v1/manage/settings",
    }

    _kwargs["json"] = []
    for componentsschemas_settings_patch_item_data in body:
        componentsschemas_settings_patch_item = componentsschemas_settings_patch_item_data.to_dict()
        _kwargs["json"].append(componentsschemas_settings_patch_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SettingsEnvelope | None:
    if response.status_code == 200:
        response_200 = SettingsEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[Error | SettingsEnvelope]:
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
    body: list[JsonPatchOperation],
) -> Response[Error | SettingsEnvelope]:
    """Update the account settings

     Changes settings with a JSON-Patch (RFC 6902) array sent as `application/json`, as in
    Symbl's guide. Use `add` the first time a setting is configured and `replace`
    afterwards; for example path `/redaction` for redaction or
    `/intelligence/bookmarks/duration` for the default bookmark length. Returns all the
    settings after the change.

    Args:
        body (list[JsonPatchOperation]): JSON-Patch (RFC 6902) operations applied in order to the
            account settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SettingsEnvelope]
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
    body: list[JsonPatchOperation],
) -> Error | SettingsEnvelope | None:
    """Update the account settings

     Changes settings with a JSON-Patch (RFC 6902) array sent as `application/json`, as in
    Symbl's guide. Use `add` the first time a setting is configured and `replace`
    afterwards; for example path `/redaction` for redaction or
    `/intelligence/bookmarks/duration` for the default bookmark length. Returns all the
    settings after the change.

    Args:
        body (list[JsonPatchOperation]): JSON-Patch (RFC 6902) operations applied in order to the
            account settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SettingsEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
) -> Response[Error | SettingsEnvelope]:
    """Update the account settings

     Changes settings with a JSON-Patch (RFC 6902) array sent as `application/json`, as in
    Symbl's guide. Use `add` the first time a setting is configured and `replace`
    afterwards; for example path `/redaction` for redaction or
    `/intelligence/bookmarks/duration` for the default bookmark length. Returns all the
    settings after the change.

    Args:
        body (list[JsonPatchOperation]): JSON-Patch (RFC 6902) operations applied in order to the
            account settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SettingsEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
) -> Error | SettingsEnvelope | None:
    """Update the account settings

     Changes settings with a JSON-Patch (RFC 6902) array sent as `application/json`, as in
    Symbl's guide. Use `add` the first time a setting is configured and `replace`
    afterwards; for example path `/redaction` for redaction or
    `/intelligence/bookmarks/duration` for the default bookmark length. Returns all the
    settings after the change.

    Args:
        body (list[JsonPatchOperation]): JSON-Patch (RFC 6902) operations applied in order to the
            account settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SettingsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
