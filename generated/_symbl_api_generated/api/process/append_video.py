# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
import msgspec

from ...models.async_job_response import AsyncJobResponse
from ...models.conversation_type import ConversationType
from ...models.error import Error
from ...models.language_code import LanguageCode
from ...models.process_mode import ProcessMode
from ...types import PARSED_EXTENSION, UNSET, File, Response, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    body: File,
    name: str | Unset = UNSET,
    webhook_url: str | Unset = UNSET,
    confidence_threshold: float | Unset = UNSET,
    detect_phrases: bool | Unset = False,
    detect_entities: bool | Unset = False,
    entities: str | Unset = UNSET,
    trackers: str | Unset = UNSET,
    enable_all_trackers: bool | Unset = UNSET,
    enable_summary: bool | Unset = UNSET,
    features: str | Unset = UNSET,
    metadata: str | Unset = UNSET,
    conversation_type: ConversationType | Unset = UNSET,
    custom_vocabulary: list[str] | Unset = UNSET,
    language_code: LanguageCode | Unset = UNSET,
    mode: ProcessMode | Unset = UNSET,
    enable_separate_recognition_per_channel: bool | Unset = False,
    channel_metadata: str | Unset = UNSET,
    enable_speaker_diarization: bool | Unset = False,
    diarization_speaker_count: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["name"] = name

    params["webhookUrl"] = webhook_url

    params["confidenceThreshold"] = confidence_threshold

    if detect_phrases is not False:
        params["detectPhrases"] = detect_phrases

    if detect_entities is not False:
        params["detectEntities"] = detect_entities

    params["entities"] = entities

    params["trackers"] = trackers

    params["enableAllTrackers"] = enable_all_trackers

    params["enableSummary"] = enable_summary

    params["features"] = features

    params["metadata"] = metadata

    json_conversation_type: str | Unset = UNSET
    if not isinstance(conversation_type, Unset):
        json_conversation_type = conversation_type.value

    params["conversationType"] = json_conversation_type

    json_custom_vocabulary: list[str] | Unset = UNSET
    if not isinstance(custom_vocabulary, Unset):
        json_custom_vocabulary = custom_vocabulary

    params["customVocabulary"] = json_custom_vocabulary

    json_language_code: str | Unset = UNSET
    if not isinstance(language_code, Unset):
        json_language_code = language_code.value

    params["languageCode"] = json_language_code

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["mode"] = json_mode

    if enable_separate_recognition_per_channel is not False:
        params["enableSeparateRecognitionPerChannel"] = enable_separate_recognition_per_channel

    params["channelMetadata"] = channel_metadata

    if enable_speaker_diarization is not False:
        params["enableSpeakerDiarization"] = enable_speaker_diarization

    params["diarizationSpeakerCount"] = diarization_speaker_count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "extensions": {"symbl_operation": "append_video"},
        "url": "/v1/process/video/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "video/mp4"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AsyncJobResponse | Error | None:
    if response.status_code == 200:
        return msgspec.json.decode(response.content, type=AsyncJobResponse)

    if response.status_code == 201:
        return msgspec.json.decode(response.content, type=AsyncJobResponse)

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


def _build_response(response: httpx.Response) -> Response[AsyncJobResponse | Error]:
    parsed: AsyncJobResponse | Error | None
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
