# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any

import httpx
import msgspec

from ...models.endpoint_connect_response import EndpointConnectResponse
from ...models.endpoint_start_request import EndpointStartRequest
from ...models.endpoint_stop_request import EndpointStopRequest
from ...models.error import Error
from ...types import PARSED_EXTENSION, Response


def _get_kwargs(
    *,
    body: EndpointStartRequest | EndpointStopRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"symbl_operation": "connect_endpoint"},
        "url": "/v1/endpoint:connect",
    }

    if isinstance(body, EndpointStartRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EndpointConnectResponse | Error | None:
    if response.status_code == 200:
        return msgspec.json.decode(response.content, type=EndpointConnectResponse)

    if response.status_code == 201:
        return msgspec.json.decode(response.content, type=EndpointConnectResponse)

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


def _build_response(response: httpx.Response) -> Response[EndpointConnectResponse | Error]:
    parsed: EndpointConnectResponse | Error | None
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
