# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
import msgspec

from ...models.error import Error
from ...models.topic_list import TopicList
from ...types import PARSED_EXTENSION, UNSET, Response, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    sentiment: bool | Unset = False,
    parent_refs: bool | Unset = False,
    custom_topic_vocabulary: str | Unset = UNSET,
    refresh: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if sentiment is not False:
        params["sentiment"] = sentiment

    if parent_refs is not False:
        params["parentRefs"] = parent_refs

    params["customTopicVocabulary"] = custom_topic_vocabulary

    if refresh is not False:
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


def _parse_response(response: httpx.Response) -> Error | TopicList | None:
    if response.status_code == 200:
        return msgspec.json.decode(response.content, type=TopicList)

    if response.status_code == 400:
        return msgspec.json.decode(response.content, type=Error)

    if response.status_code == 401:
        return msgspec.json.decode(response.content, type=Error)

    if response.status_code == 404:
        return msgspec.json.decode(response.content, type=Error)

    if response.status_code == 429:
        return msgspec.json.decode(response.content, type=Error)

    if response.status_code == 500:
        return msgspec.json.decode(response.content, type=Error)

    return None


def _build_response(response: httpx.Response) -> Response[Error | TopicList]:
    parsed: Error | TopicList | None
    if PARSED_EXTENSION in response.extensions:
        parsed = response.extensions[PARSED_EXTENSION]
    else:
        try:
            parsed = _parse_response(response)
        except (msgspec.MsgspecError, ValueError, KeyError, TypeError):
            # An error answer whose body is not the documented Error (a proxy's HTML page,
            # plain text) must still reach the caller as an error status, not as a decoding
            # failure.
            if response.status_code < 400:
                raise
            parsed = None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )
