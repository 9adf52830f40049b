# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_job_response import AsyncJobResponse
from ...models.error import Error
from ...models.media_url_process_request import MediaUrlProcessRequest
from ...types import Response


def _get_kwargs(
    conversation_id: str,
    *,
    body: MediaUrlProcessRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "extensions": {"symbl_operation": "append_audio_url"},
        "url": "/v1/process/audio/url/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AsyncJobResponse | Error | None:
    if response.status_code == 200:
        response_200 = AsyncJobResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = AsyncJobResponse.from_dict(response.json())

        return response_201

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AsyncJobResponse | Error]:
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
    body: MediaUrlProcessRequest,
) -> Response[AsyncJobResponse | Error]:
    """Append an audio file by URL to a conversation

     Has Symbl download another recording for an existing conversation and starts a job that
    transcribes it and recomputes the insights. Appends to one conversation are processed in
    submission order. Not safe to retry blindly: a repeated PUT appends the audio twice.

    Body as for `submitAudioUrl`; 201 primary, 200 also documented; 404 when the
    conversation does not exist.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (MediaUrlProcessRequest): Body of the audio and video URL operations (submit and
            append). Example: {'url': 'https://symbltestdata.s3.us-
            east-2.amazonaws.com/sample_audio_file.wav', 'name': 'Business Meeting', 'languageCode':
            'en-US', 'enableSpeakerDiarization': True, 'diarizationSpeakerCount': 2}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncJobResponse | Error]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MediaUrlProcessRequest,
) -> AsyncJobResponse | Error | None:
    """Append an audio file by URL to a conversation

     Has Symbl download another recording for an existing conversation and starts a job that
    transcribes it and recomputes the insights. Appends to one conversation are processed in
    submission order. Not safe to retry blindly: a repeated PUT appends the audio twice.

    Body as for `submitAudioUrl`; 201 primary, 200 also documented; 404 when the
    conversation does not exist.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (MediaUrlProcessRequest): Body of the audio and video URL operations (submit and
            append). Example: {'url': 'https://symbltestdata.s3.us-
            east-2.amazonaws.com/sample_audio_file.wav', 'name': 'Business Meeting', 'languageCode':
            'en-US', 'enableSpeakerDiarization': True, 'diarizationSpeakerCount': 2}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncJobResponse | Error
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MediaUrlProcessRequest,
) -> Response[AsyncJobResponse | Error]:
    """Append an audio file by URL to a conversation

     Has Symbl download another recording for an existing conversation and starts a job that
    transcribes it and recomputes the insights. Appends to one conversation are processed in
    submission order. Not safe to retry blindly: a repeated PUT appends the audio twice.

    Body as for `submitAudioUrl`; 201 primary, 200 also documented; 404 when the
    conversation does not exist.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (MediaUrlProcessRequest): Body of the audio and video URL operations (submit and
            append). Example: {'url': 'https://symbltestdata.s3.us-
            east-2.amazonaws.com/sample_audio_file.wav', 'name': 'Business Meeting', 'languageCode':
            'en-US', 'enableSpeakerDiarization': True, 'diarizationSpeakerCount': 2}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncJobResponse | Error]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MediaUrlProcessRequest,
) -> AsyncJobResponse | Error | None:
    """Append an audio file by URL to a conversation

     Has Symbl download another recording for an existing conversation and starts a job that
    transcribes it and recomputes the insights. Appends to one conversation are processed in
    submission order. Not safe to retry blindly: a repeated PUT appends the audio twice.

    Body as for `submitAudioUrl`; 201 primary, 200 also documented; 404 when the
    conversation does not exist.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        body (MediaUrlProcessRequest): Body of the audio and video URL operations (submit and
            append). Example: {'url': 'https://symbltestdata.s3.us-
            east-2.amazonaws.com/sample_audio_file.wav', 'name': 'Business Meeting', 'languageCode':
            'en-US', 'enableSpeakerDiarization': True, 'diarizationSpeakerCount': 2}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncJobResponse | Error
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
