# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_job_response import AsyncJobResponse
from ...models.conversation_type import ConversationType
from ...models.error import Error
from ...models.language_code import LanguageCode
from ...models.process_mode import ProcessMode
from ...types import UNSET, File, Response, Unset


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

    if detect_phrases != False:
        params["detectPhrases"] = detect_phrases

    if detect_entities != False:
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

    if enable_separate_recognition_per_channel != False:
        params["enableSeparateRecognitionPerChannel"] = enable_separate_recognition_per_channel

    params["channelMetadata"] = channel_metadata

    if enable_speaker_diarization != False:
        params["enableSpeakerDiarization"] = enable_speaker_diarization

    params["diarizationSpeakerCount"] = diarization_speaker_count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "extensions": {"symbl_operation": "append_audio"},
        "url": "/v1/process/audio/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = body.mime_type or "audio/wav"

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
) -> Response[AsyncJobResponse | Error]:
    """Append an audio file to a conversation

     Uploads another recording for an existing conversation and starts a job that
    transcribes it and recomputes the insights. Several appends to the same conversation
    are processed one after another, in submission order. Not safe to retry blindly: a
    repeated PUT appends the audio twice.

    Body, formats, limits and query options as for `submitAudio`; 201 primary, 200 also
    documented; 404 when the conversation does not exist.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        name (str | Unset):
        webhook_url (str | Unset):
        confidence_threshold (float | Unset): Minimum confidence for an insight (question, action
            item, follow-up) to be reported.
            The 2022 documentation gives the range 0.5 to 1.0 and Symbl's generated client says
            "above 0.5"; older text said 0.0 to 1.0. This description takes 0.5 to 1.0.
        detect_phrases (bool | Unset):  Default: False.
        detect_entities (bool | Unset):  Default: False.
        entities (str | Unset):
        trackers (str | Unset):
        enable_all_trackers (bool | Unset):
        enable_summary (bool | Unset):
        features (str | Unset):
        metadata (str | Unset):
        conversation_type (ConversationType | Unset): `sales` for sales calls, `general` for
            everything else; used by call score.
        custom_vocabulary (list[str] | Unset): Words and phrases likely to occur in the recording,
            as hints for speech recognition. Example: ['Platform', 'Discussion'].
        language_code (LanguageCode | Unset): BCP-47 language of the recording (Async audio/video
            and Telephony). Insights other than
            the transcript are computed for English only; sentiment for en-US only.
        mode (ProcessMode | Unset): `phone` for 8 kHz telephony audio, `default` otherwise.
        enable_separate_recognition_per_channel (bool | Unset):  Default: False.
        channel_metadata (str | Unset):
        enable_speaker_diarization (bool | Unset):  Default: False.
        diarization_speaker_count (int | Unset): Number of distinct speakers in the recording,
            used with `enableSpeakerDiarization`.
            Symbl documents no upper bound.
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncJobResponse | Error]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
        name=name,
        webhook_url=webhook_url,
        confidence_threshold=confidence_threshold,
        detect_phrases=detect_phrases,
        detect_entities=detect_entities,
        entities=entities,
        trackers=trackers,
        enable_all_trackers=enable_all_trackers,
        enable_summary=enable_summary,
        features=features,
        metadata=metadata,
        conversation_type=conversation_type,
        custom_vocabulary=custom_vocabulary,
        language_code=language_code,
        mode=mode,
        enable_separate_recognition_per_channel=enable_separate_recognition_per_channel,
        channel_metadata=channel_metadata,
        enable_speaker_diarization=enable_speaker_diarization,
        diarization_speaker_count=diarization_speaker_count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
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
) -> AsyncJobResponse | Error | None:
    """Append an audio file to a conversation

     Uploads another recording for an existing conversation and starts a job that
    transcribes it and recomputes the insights. Several appends to the same conversation
    are processed one after another, in submission order. Not safe to retry blindly: a
    repeated PUT appends the audio twice.

    Body, formats, limits and query options as for `submitAudio`; 201 primary, 200 also
    documented; 404 when the conversation does not exist.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        name (str | Unset):
        webhook_url (str | Unset):
        confidence_threshold (float | Unset): Minimum confidence for an insight (question, action
            item, follow-up) to be reported.
            The 2022 documentation gives the range 0.5 to 1.0 and Symbl's generated client says
            "above 0.5"; older text said 0.0 to 1.0. This description takes 0.5 to 1.0.
        detect_phrases (bool | Unset):  Default: False.
        detect_entities (bool | Unset):  Default: False.
        entities (str | Unset):
        trackers (str | Unset):
        enable_all_trackers (bool | Unset):
        enable_summary (bool | Unset):
        features (str | Unset):
        metadata (str | Unset):
        conversation_type (ConversationType | Unset): `sales` for sales calls, `general` for
            everything else; used by call score.
        custom_vocabulary (list[str] | Unset): Words and phrases likely to occur in the recording,
            as hints for speech recognition. Example: ['Platform', 'Discussion'].
        language_code (LanguageCode | Unset): BCP-47 language of the recording (Async audio/video
            and Telephony). Insights other than
            the transcript are computed for English only; sentiment for en-US only.
        mode (ProcessMode | Unset): `phone` for 8 kHz telephony audio, `default` otherwise.
        enable_separate_recognition_per_channel (bool | Unset):  Default: False.
        channel_metadata (str | Unset):
        enable_speaker_diarization (bool | Unset):  Default: False.
        diarization_speaker_count (int | Unset): Number of distinct speakers in the recording,
            used with `enableSpeakerDiarization`.
            Symbl documents no upper bound.
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):

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
        name=name,
        webhook_url=webhook_url,
        confidence_threshold=confidence_threshold,
        detect_phrases=detect_phrases,
        detect_entities=detect_entities,
        entities=entities,
        trackers=trackers,
        enable_all_trackers=enable_all_trackers,
        enable_summary=enable_summary,
        features=features,
        metadata=metadata,
        conversation_type=conversation_type,
        custom_vocabulary=custom_vocabulary,
        language_code=language_code,
        mode=mode,
        enable_separate_recognition_per_channel=enable_separate_recognition_per_channel,
        channel_metadata=channel_metadata,
        enable_speaker_diarization=enable_speaker_diarization,
        diarization_speaker_count=diarization_speaker_count,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[AsyncJobResponse | Error]:
    """Append an audio file to a conversation

     Uploads another recording for an existing conversation and starts a job that
    transcribes it and recomputes the insights. Several appends to the same conversation
    are processed one after another, in submission order. Not safe to retry blindly: a
    repeated PUT appends the audio twice.

    Body, formats, limits and query options as for `submitAudio`; 201 primary, 200 also
    documented; 404 when the conversation does not exist.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        name (str | Unset):
        webhook_url (str | Unset):
        confidence_threshold (float | Unset): Minimum confidence for an insight (question, action
            item, follow-up) to be reported.
            The 2022 documentation gives the range 0.5 to 1.0 and Symbl's generated client says
            "above 0.5"; older text said 0.0 to 1.0. This description takes 0.5 to 1.0.
        detect_phrases (bool | Unset):  Default: False.
        detect_entities (bool | Unset):  Default: False.
        entities (str | Unset):
        trackers (str | Unset):
        enable_all_trackers (bool | Unset):
        enable_summary (bool | Unset):
        features (str | Unset):
        metadata (str | Unset):
        conversation_type (ConversationType | Unset): `sales` for sales calls, `general` for
            everything else; used by call score.
        custom_vocabulary (list[str] | Unset): Words and phrases likely to occur in the recording,
            as hints for speech recognition. Example: ['Platform', 'Discussion'].
        language_code (LanguageCode | Unset): BCP-47 language of the recording (Async audio/video
            and Telephony). Insights other than
            the transcript are computed for English only; sentiment for en-US only.
        mode (ProcessMode | Unset): `phone` for 8 kHz telephony audio, `default` otherwise.
        enable_separate_recognition_per_channel (bool | Unset):  Default: False.
        channel_metadata (str | Unset):
        enable_speaker_diarization (bool | Unset):  Default: False.
        diarization_speaker_count (int | Unset): Number of distinct speakers in the recording,
            used with `enableSpeakerDiarization`.
            Symbl documents no upper bound.
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncJobResponse | Error]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
        name=name,
        webhook_url=webhook_url,
        confidence_threshold=confidence_threshold,
        detect_phrases=detect_phrases,
        detect_entities=detect_entities,
        entities=entities,
        trackers=trackers,
        enable_all_trackers=enable_all_trackers,
        enable_summary=enable_summary,
        features=features,
        metadata=metadata,
        conversation_type=conversation_type,
        custom_vocabulary=custom_vocabulary,
        language_code=language_code,
        mode=mode,
        enable_separate_recognition_per_channel=enable_separate_recognition_per_channel,
        channel_metadata=channel_metadata,
        enable_speaker_diarization=enable_speaker_diarization,
        diarization_speaker_count=diarization_speaker_count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
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
) -> AsyncJobResponse | Error | None:
    """Append an audio file to a conversation

     Uploads another recording for an existing conversation and starts a job that
    transcribes it and recomputes the insights. Several appends to the same conversation
    are processed one after another, in submission order. Not safe to retry blindly: a
    repeated PUT appends the audio twice.

    Body, formats, limits and query options as for `submitAudio`; 201 primary, 200 also
    documented; 404 when the conversation does not exist.

    Args:
        conversation_id (str): Conversation id (a numeric string). Example: 5815170693595136.
        name (str | Unset):
        webhook_url (str | Unset):
        confidence_threshold (float | Unset): Minimum confidence for an insight (question, action
            item, follow-up) to be reported.
            The 2022 documentation gives the range 0.5 to 1.0 and Symbl's generated client says
            "above 0.5"; older text said 0.0 to 1.0. This description takes 0.5 to 1.0.
        detect_phrases (bool | Unset):  Default: False.
        detect_entities (bool | Unset):  Default: False.
        entities (str | Unset):
        trackers (str | Unset):
        enable_all_trackers (bool | Unset):
        enable_summary (bool | Unset):
        features (str | Unset):
        metadata (str | Unset):
        conversation_type (ConversationType | Unset): `sales` for sales calls, `general` for
            everything else; used by call score.
        custom_vocabulary (list[str] | Unset): Words and phrases likely to occur in the recording,
            as hints for speech recognition. Example: ['Platform', 'Discussion'].
        language_code (LanguageCode | Unset): BCP-47 language of the recording (Async audio/video
            and Telephony). Insights other than
            the transcript are computed for English only; sentiment for en-US only.
        mode (ProcessMode | Unset): `phone` for 8 kHz telephony audio, `default` otherwise.
        enable_separate_recognition_per_channel (bool | Unset):  Default: False.
        channel_metadata (str | Unset):
        enable_speaker_diarization (bool | Unset):  Default: False.
        diarization_speaker_count (int | Unset): Number of distinct speakers in the recording,
            used with `enableSpeakerDiarization`.
            Symbl documents no upper bound.
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):

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
            name=name,
            webhook_url=webhook_url,
            confidence_threshold=confidence_threshold,
            detect_phrases=detect_phrases,
            detect_entities=detect_entities,
            entities=entities,
            trackers=trackers,
            enable_all_trackers=enable_all_trackers,
            enable_summary=enable_summary,
            features=features,
            metadata=metadata,
            conversation_type=conversation_type,
            custom_vocabulary=custom_vocabulary,
            language_code=language_code,
            mode=mode,
            enable_separate_recognition_per_channel=enable_separate_recognition_per_channel,
            channel_metadata=channel_metadata,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
        )
    ).parsed
