# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
import msgspec

from ...models.delete_result import DeleteResult
from ...models.error import Error
from ...types import PARSED_EXTENSION, Response


def _get_kwargs(
    tracker_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "extensions": {"symbl_operation": "delete_tracker"},
        "url": "/v1/manage/trackers/{tracker_id}".format(
            tracker_id=quote(str(tracker_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DeleteResult | Error | None:
    if response.status_code == 200:
        return msgspec.json.decode(response.content, type=DeleteResult)

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


def _build_response(response: httpx.Response) -> Response[DeleteResult | Error]:
    parsed: DeleteResult | Error | None
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
