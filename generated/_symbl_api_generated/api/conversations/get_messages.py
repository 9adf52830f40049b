# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message_list import MessageList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    verbose: bool | Unset = False,
    sentiment: bool | Unset = False,
    redact: bool | Unset = False,
    exclude: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if verbose != False:
        params["verbose"] = verbose

    if sentiment != False:
        params["sentiment"] = sentiment

    if redact != False:
        params["redact"] = redact

    json_exclude: list[str] | Unset = UNSET
    if not isinstance(exclude, Unset):
        json_exclude = exclude

    params["exclude"] = json_exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"symbl_operation": "get_messages"},
        "url": "/v1/conversations/{conversation_id}/messages".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MessageList | None:
    if response.status_code == 200:
        response_200 = MessageList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | MessageList]:
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
    verbose: bool | Unset = False,
    sentiment: bool | Unset = False,
    redact: bool | Unset = False,
    exclude: list[str] | Unset = UNSET,
) -> Response[Error | MessageList]:
    """Get the transcript messages

     The conversation's transcript as a list of messages (sentences), in order. `verbose`
    adds per-word timings, `sentiment` adds a sentiment per message (en-US only) and
    `redact` masks personal data except the entity types listed in `exclude`.

    `from` differs between sources (`{name, email}` in examples, `{id, name, email}` in
    Symbl's generated client, `{id, name}` in the Go SDK); the shared `Person` schema
    covers all of them. `timeOffset` and `duration` are Labs fields and may be absent.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        verbose (bool | Unset):  Default: False.
        sentiment (bool | Unset):  Default: False.
        redact (bool | Unset):  Default: False.
        exclude (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageList]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        verbose=verbose,
        sentiment=sentiment,
        redact=redact,
        exclude=exclude,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    verbose: bool | Unset = False,
    sentiment: bool | Unset = False,
    redact: bool | Unset = False,
    exclude: list[str] | Unset = UNSET,
) -> Error | MessageList | None:
    """Get the transcript messages

     The conversation's transcript as a list of messages (sentences), in order. `verbose`
    adds per-word timings, `sentiment` adds a sentiment per message (en-US only) and
    `redact` masks personal data except the entity types listed in `exclude`.

    `from` differs between sources (`{name, email}` in examples, `{id, name, email}` in
    Symbl's generated client, `{id, name}` in the Go SDK); the shared `Person` schema
    covers all of them. `timeOffset` and `duration` are Labs fields and may be absent.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        verbose (bool | Unset):  Default: False.
        sentiment (bool | Unset):  Default: False.
        redact (bool | Unset):  Default: False.
        exclude (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageList
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        verbose=verbose,
        sentiment=sentiment,
        redact=redact,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    verbose: bool | Unset = False,
    sentiment: bool | Unset = False,
    redact: bool | Unset = False,
    exclude: list[str] | Unset = UNSET,
) -> Response[Error | MessageList]:
    """Get the transcript messages

     The conversation's transcript as a list of messages (sentences), in order. `verbose`
    adds per-word timings, `sentiment` adds a sentiment per message (en-US only) and
    `redact` masks personal data except the entity types listed in `exclude`.

    `from` differs between sources (`{name, email}` in examples, `{id, name, email}` in
    Symbl's generated client, `{id, name}` in the Go SDK); the shared `Person` schema
    covers all of them. `timeOffset` and `duration` are Labs fields and may be absent.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        verbose (bool | Unset):  Default: False.
        sentiment (bool | Unset):  Default: False.
        redact (bool | Unset):  Default: False.
        exclude (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageList]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        verbose=verbose,
        sentiment=sentiment,
        redact=redact,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    verbose: bool | Unset = False,
    sentiment: bool | Unset = False,
    redact: bool | Unset = False,
    exclude: list[str] | Unset = UNSET,
) -> Error | MessageList | None:
    """Get the transcript messages

     The conversation's transcript as a list of messages (sentences), in order. `verbose`
    adds per-word timings, `sentiment` adds a sentiment per message (en-US only) and
    `redact` masks personal data except the entity types listed in `exclude`.

    `from` differs between sources (`{name, email}` in examples, `{id, name, email}` in
    Symbl's generated client, `{id, name}` in the Go SDK); the shared `Person` schema
    covers all of them. `timeOffset` and `duration` are Labs fields and may be absent.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        verbose (bool | Unset):  Default: False.
        sentiment (bool | Unset):  Default: False.
        redact (bool | Unset):  Default: False.
        exclude (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageList
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            verbose=verbose,
            sentiment=sentiment,
            redact=redact,
            exclude=exclude,
        )
    ).parsed
