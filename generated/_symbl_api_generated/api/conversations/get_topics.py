# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.topic_list import TopicList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    sentiment: bool | Unset = False,
    parent_refs: bool | Unset = False,
    custom_topic_vocabulary: str | Unset = UNSET,
    refresh: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if sentiment != False:
        params["sentiment"] = sentiment

    if parent_refs != False:
        params["parentRefs"] = parent_refs

    params["customTopicVocabulary"] = custom_topic_vocabulary

    if refresh != False:
        params["refresh"] = refresh

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"symbl_operation": "get_topics"},
        "url": "/v1/conversations/{conversation_id}/topics".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TopicList | None:
    if response.status_code == 200:
        response_200 = TopicList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | TopicList]:
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
    sentiment: bool | Unset = False,
    parent_refs: bool | Unset = False,
    custom_topic_vocabulary: str | Unset = UNSET,
    refresh: bool | Unset = False,
) -> Response[Error | TopicList]:
    """Get the topics

     The most relevant topics of discussion, each with a relevance score and the messages
    it comes from. `sentiment=true` adds a sentiment per topic; `parentRefs=true` adds the
    topic hierarchy (the two cannot be combined); `refresh=true` regenerates the topics
    (previous topics are deleted).

    `customTopicVocabulary` (formerly `customVocabulary`, still accepted by Symbl) is
    documented as a string whose values are `true`/`false`, while third-party sample code
    passes keywords in it. This spec models one string: `true`/`false`, or a
    comma-separated list of keywords to favour.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        sentiment (bool | Unset):  Default: False.
        parent_refs (bool | Unset):  Default: False.
        custom_topic_vocabulary (str | Unset):
        refresh (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TopicList]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        sentiment=sentiment,
        parent_refs=parent_refs,
        custom_topic_vocabulary=custom_topic_vocabulary,
        refresh=refresh,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    sentiment: bool | Unset = False,
    parent_refs: bool | Unset = False,
    custom_topic_vocabulary: str | Unset = UNSET,
    refresh: bool | Unset = False,
) -> Error | TopicList | None:
    """Get the topics

     The most relevant topics of discussion, each with a relevance score and the messages
    it comes from. `sentiment=true` adds a sentiment per topic; `parentRefs=true` adds the
    topic hierarchy (the two cannot be combined); `refresh=true` regenerates the topics
    (previous topics are deleted).

    `customTopicVocabulary` (formerly `customVocabulary`, still accepted by Symbl) is
    documented as a string whose values are `true`/`false`, while third-party sample code
    passes keywords in it. This spec models one string: `true`/`false`, or a
    comma-separated list of keywords to favour.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        sentiment (bool | Unset):  Default: False.
        parent_refs (bool | Unset):  Default: False.
        custom_topic_vocabulary (str | Unset):
        refresh (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TopicList
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        sentiment=sentiment,
        parent_refs=parent_refs,
        custom_topic_vocabulary=custom_topic_vocabulary,
        refresh=refresh,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    sentiment: bool | Unset = False,
    parent_refs: bool | Unset = False,
    custom_topic_vocabulary: str | Unset = UNSET,
    refresh: bool | Unset = False,
) -> Response[Error | TopicList]:
    """Get the topics

     The most relevant topics of discussion, each with a relevance score and the messages
    it comes from. `sentiment=true` adds a sentiment per topic; `parentRefs=true` adds the
    topic hierarchy (the two cannot be combined); `refresh=true` regenerates the topics
    (previous topics are deleted).

    `customTopicVocabulary` (formerly `customVocabulary`, still accepted by Symbl) is
    documented as a string whose values are `true`/`false`, while third-party sample code
    passes keywords in it. This spec models one string: `true`/`false`, or a
    comma-separated list of keywords to favour.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        sentiment (bool | Unset):  Default: False.
        parent_refs (bool | Unset):  Default: False.
        custom_topic_vocabulary (str | Unset):
        refresh (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TopicList]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        sentiment=sentiment,
        parent_refs=parent_refs,
        custom_topic_vocabulary=custom_topic_vocabulary,
        refresh=refresh,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    sentiment: bool | Unset = False,
    parent_refs: bool | Unset = False,
    custom_topic_vocabulary: str | Unset = UNSET,
    refresh: bool | Unset = False,
) -> Error | TopicList | None:
    """Get the topics

     The most relevant topics of discussion, each with a relevance score and the messages
    it comes from. `sentiment=true` adds a sentiment per topic; `parentRefs=true` adds the
    topic hierarchy (the two cannot be combined); `refresh=true` regenerates the topics
    (previous topics are deleted).

    `customTopicVocabulary` (formerly `customVocabulary`, still accepted by Symbl) is
    documented as a string whose values are `true`/`false`, while third-party sample code
    passes keywords in it. This spec models one string: `true`/`false`, or a
    comma-separated list of keywords to favour.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        sentiment (bool | Unset):  Default: False.
        parent_refs (bool | Unset):  Default: False.
        custom_topic_vocabulary (str | Unset):
        refresh (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TopicList
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            sentiment=sentiment,
            parent_refs=parent_refs,
            custom_topic_vocabulary=custom_topic_vocabulary,
            refresh=refresh,
        )
    ).parsed
