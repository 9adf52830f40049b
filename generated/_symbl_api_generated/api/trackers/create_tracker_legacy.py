# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any

import httpx

from ...client import Client
from ...models.error import Error
from ...models.tracker_envelope import TrackerEnvelope
from ...models.tracker_request import TrackerRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TrackerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"symbl_operation": "create_tracker_legacy"},
        "url": "/v1/manage/tracker",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | TrackerEnvelope | None:
    if response.status_code == 200:
        response_200 = TrackerEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = TrackerEnvelope.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    return None


def _build_response(response: httpx.Response) -> Response[Error | TrackerEnvelope]:
    try:
        parsed = _parse_response(response)
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
    client: Client,
    body: TrackerRequest,
) -> Response[Error | TrackerEnvelope]:
    """Create a tracker (2022 path): `POST /v1/manage/tracker`."""

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


async def asyncio_detailed(
    *,
    client: Client,
    body: TrackerRequest,
) -> Response[Error | TrackerEnvelope]:
    """Create a tracker (2022 path): `POST /v1/manage/tracker`."""

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)
