# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
import msgspec

from ...models.conversation_list import ConversationList
from ...models.error import Error
from ...models.list_group_conversations_order import ListGroupConversationsOrder
from ...types import PARSED_EXTENSION, UNSET, Response, Unset


def _get_kwargs(
    group_id: str,
    *,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    order: ListGroupConversationsOrder | Unset = ListGroupConversationsOrder.ASC,
    sort: str | Unset = "conversation.startTime",
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if limit != 20:
        params["limit"] = limit

    if offset != 0:
        params["offset"] = offset

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    if order != ListGroupConversationsOrder.ASC:
        params["order"] = json_order

    if sort != "conversation.startTime":
        params["sort"] = sort

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["startTime"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["endTime"] = json_end_time

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"symbl_operation": "list_group_conversations"},
        "url": "/v1/groups/{group_id}/conversations".format(
            group_id=quote(str(group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ConversationList | Error | None:
    if response.status_code == 200:
        return msgspec.json.decode(response.content, type=ConversationList)

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


def _build_response(response: httpx.Response) -> Response[ConversationList | Error]:
    parsed: ConversationList | Error | None
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
