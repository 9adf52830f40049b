# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any

import httpx
import msgspec

from ...models.custom_entity_envelope import CustomEntityEnvelope
from ...models.custom_entity_request import CustomEntityRequest
from ...models.error import Error
from ...types import PARSED_EXTENSION, Response


def _get_kwargs(
    *,
    body: CustomEntityRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"symbl_operation": "create_entity_legacy"},
        "url": "/v1/manage/entity",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CustomEntityEnvelope | Error | None:
    if response.status_code == 200:
        return msgspec.json.decode(response.content, type=CustomEntityEnvelope)

    if response.status_code == 201:
        return msgspec.json.decode(response.content, type=CustomEntityEnvelope)

    if response.status_code == 400:
        return msgspec.json.decode(response.content, type=Error)

    if response.status_code == 401:
        return msgspec.json.decode(response.content, type=Error)

    if response.status_code == 413:
        return msgspec.json.decode(response.content, type=Error)

    if response.status_code == 429:
        return msgspec.json.decode(response.content, type=Error)

    if response.status_code == 500:
        return msgspec.json.decode(response.content, type=Error)

    return None


def _build_response(response: httpx.Response) -> Response[CustomEntityEnvelope | Error]:
    parsed: CustomEntityEnvelope | Error | None
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
