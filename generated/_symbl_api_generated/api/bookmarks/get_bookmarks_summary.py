# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
import msgspec

from ...models.bookmarks_summary_list import BookmarksSummaryList
from ...models.error import Error
from ...types import PARSED_EXTENSION, Response


def _get_kwargs(
    conversation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"symbl_operation": "get_bookmarks_summary"},
        "url": "/v1/conversations/{conversation_id}/bookmarks-summary".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> BookmarksSummaryList | Error | None:
    if response.status_code == 200:
        return msgspec.json.decode(response.content, type=BookmarksSummaryList)

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


def _build_response(response: httpx.Response) -> Response[BookmarksSummaryList | Error]:
    parsed: BookmarksSummaryList | Error | None
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
