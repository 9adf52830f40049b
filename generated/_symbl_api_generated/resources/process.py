# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""`client.process.<operation>(...)`, sync and async, from the spec.

Models and endpoint modules are imported when an operation is first called, not when the
client is imported, so `import symbl_api` stays cheap.
"""

from __future__ import annotations

import datetime
import os
from typing import IO, TYPE_CHECKING, Any, cast

from .._runtime import AsyncJob, AsyncRuntime, SyncJob, SyncRuntime
from ..types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ..models.async_job_response import AsyncJobResponse
    from ..models.conversation_type import ConversationType
    from ..models.error import Error
    from ..models.language_code import LanguageCode
    from ..models.media_url_process_request import MediaUrlProcessRequest
    from ..models.process_mode import ProcessMode
    from ..models.text_process_request import TextProcessRequest

_ = (datetime, Any, os, IO, File, UNSET, Unset, cast)  # used by some signatures only


class ProcessRawResource:
    """`process` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def submit_text(
        self,
        *,
        body: TextProcessRequest,
    ) -> Response[AsyncJobResponse | Error]:
        """`process.submit_text` returning the raw response: `POST /v1/process/text`."""
        from ..api.process import submit_text as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def append_text(
        self,
        conversation_id: str,
        *,
        body: TextProcessRequest,
    ) -> Response[AsyncJobResponse | Error]:
        """`process.append_text` returning the raw response: `PUT /v1/process/text/{conversationId}`."""
        from ..api.process import append_text as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def submit_audio(
        self,
        *,
        body: str | os.PathLike[str] | bytes | IO[bytes] | File,
        media_type: str | None = None,
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
        """`process.submit_audio` returning the raw response: `POST /v1/process/audio`."""
        from ..api.process import submit_audio as operation

        request = operation._get_kwargs(
            body=self._runtime.upload("submit_audio", body, media_type),
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
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def append_audio(
        self,
        conversation_id: str,
        *,
        body: str | os.PathLike[str] | bytes | IO[bytes] | File,
        media_type: str | None = None,
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
        """`process.append_audio` returning the raw response: `PUT /v1/process/audio/{conversationId}`."""
        from ..api.process import append_audio as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=self._runtime.upload("append_audio", body, media_type),
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
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def submit_audio_url(
        self,
        *,
        body: MediaUrlProcessRequest,
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> Response[AsyncJobResponse | Error]:
        """`process.submit_audio_url` returning the raw response: `POST /v1/process/audio/url`."""
        from ..api.process import submit_audio_url as operation

        request = operation._get_kwargs(
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def append_audio_url(
        self,
        conversation_id: str,
        *,
        body: MediaUrlProcessRequest,
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> Response[AsyncJobResponse | Error]:
        """`process.append_audio_url` returning the raw response: `PUT /v1/process/audio/url/{conversationId}`."""
        from ..api.process import append_audio_url as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def submit_video(
        self,
        *,
        body: str | os.PathLike[str] | bytes | IO[bytes] | File,
        media_type: str | None = None,
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
        """`process.submit_video` returning the raw response: `POST /v1/process/video`."""
        from ..api.process import submit_video as operation

        request = operation._get_kwargs(
            body=self._runtime.upload("submit_video", body, media_type),
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
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def append_video(
        self,
        conversation_id: str,
        *,
        body: str | os.PathLike[str] | bytes | IO[bytes] | File,
        media_type: str | None = None,
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
        """`process.append_video` returning the raw response: `PUT /v1/process/video/{conversationId}`."""
        from ..api.process import append_video as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=self._runtime.upload("append_video", body, media_type),
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
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def submit_video_url(
        self,
        *,
        body: MediaUrlProcessRequest,
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> Response[AsyncJobResponse | Error]:
        """`process.submit_video_url` returning the raw response: `POST /v1/process/video/url`."""
        from ..api.process import submit_video_url as operation

        request = operation._get_kwargs(
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def append_video_url(
        self,
        conversation_id: str,
        *,
        body: MediaUrlProcessRequest,
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> Response[AsyncJobResponse | Error]:
        """`process.append_video_url` returning the raw response: `PUT /v1/process/video/url/{conversationId}`."""
        from ..api.process import append_video_url as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))


class ProcessResource:
    """process operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = ProcessRawResource(runtime)

    def submit_text(
        self,
        *,
        body: TextProcessRequest,
    ) -> SyncJob:
        """Submit a text conversation

        Creates a conversation from a list of text messages (chat, email, transcript lines) and
        starts a job that derives its insights. The response carries the new `conversationId` and
        the `jobId` to follow; insights are incomplete until the job is `completed`.

        All options travel in the JSON body. Symbl's generated client also sends `webhookUrl` as a
        query parameter; this description follows the newer documentation and Go SDK and keeps
        every option in the body. Symbl's code samples expect 201 while its draft OpenAPI file
        says 200: both are documented with the same body (201 is the primary answer).

        `POST /v1/process/text`
        """
        response = self.with_raw_response.submit_text(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("submit_text", response.parsed)

    def append_text(
        self,
        conversation_id: str,
        *,
        body: TextProcessRequest,
    ) -> SyncJob:
        """Append text messages to a conversation

        Adds messages to an existing conversation and starts a job that recomputes its insights.
        Several appends to the same conversation are processed one after another, in the order
        they were submitted. Not safe to retry blindly: a repeated PUT appends the messages
        twice.

        Options and status codes as for `submitText` (201 primary, 200 also documented); 404 when
        the conversation does not exist.

        `PUT /v1/process/text/{conversationId}`
        """
        response = self.with_raw_response.append_text(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("append_text", response.parsed)

    def submit_audio(
        self,
        *,
        body: str | os.PathLike[str] | bytes | IO[bytes] | File,
        media_type: str | None = None,
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
    ) -> SyncJob:
        """Submit an audio file

        Uploads a recording as the raw request body (not multipart) and starts a job that
        transcribes it and derives its insights. Options go in the query string; list- and
        object-valued options (`entities`, `trackers`, `channelMetadata`, `features`,
        `metadata`) are URL-encoded JSON.

        Formats: mp3, wav, m4a, aac, flac, ogg, opus, amr, aiff and wma, mono or two channels;
        at most 4 hours. Send `Content-Length`. Symbl detects the audio format itself, so the
        `Content-Type` header is informative (Symbl's generated client sends
        `application/octet-stream`). Per-channel recognition is billed as duration times the
        number of channels.

        Symbl's code samples expect 201 while its draft OpenAPI file says 200: both are
        documented with the same body (201 is the primary answer).

        `POST /v1/process/audio`
        """
        response = self.with_raw_response.submit_audio(
            body=body,
            media_type=media_type,
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
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("submit_audio", response.parsed)

    def append_audio(
        self,
        conversation_id: str,
        *,
        body: str | os.PathLike[str] | bytes | IO[bytes] | File,
        media_type: str | None = None,
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
    ) -> SyncJob:
        """Append an audio file to a conversation

        Uploads another recording for an existing conversation and starts a job that
        transcribes it and recomputes the insights. Several appends to the same conversation
        are processed one after another, in submission order. Not safe to retry blindly: a
        repeated PUT appends the audio twice.

        Body, formats, limits and query options as for `submitAudio`; 201 primary, 200 also
        documented; 404 when the conversation does not exist.

        `PUT /v1/process/audio/{conversationId}`
        """
        response = self.with_raw_response.append_audio(
            body=body,
            media_type=media_type,
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
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("append_audio", response.parsed)

    def submit_audio_url(
        self,
        *,
        body: MediaUrlProcessRequest,
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> SyncJob:
        """Submit an audio file by URL

        Has Symbl download a recording from a public URL and starts a job that transcribes it
        and derives its insights. The URL must serve the file directly (no redirects, no
        YouTube-style pages). Formats and the 4-hour limit as for `submitAudio`.

        Options travel in the JSON body. Speaker diarization
        (`enableSpeakerDiarization`, `diarizationSpeakerCount`) is also accepted in the query
        string, as Symbl's speaker-separation tutorial and its generated client send it; the
        body wins when both are given.
        201 primary, 200 also documented (the sources disagree).

        `POST /v1/process/audio/url`
        """
        response = self.with_raw_response.submit_audio_url(
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("submit_audio_url", response.parsed)

    def append_audio_url(
        self,
        conversation_id: str,
        *,
        body: MediaUrlProcessRequest,
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> SyncJob:
        """Append an audio file by URL to a conversation

        Has Symbl download another recording for an existing conversation and starts a job that
        transcribes it and recomputes the insights. Appends to one conversation are processed in
        submission order. Not safe to retry blindly: a repeated PUT appends the audio twice.

        Body as for `submitAudioUrl`; 201 primary, 200 also documented; 404 when the
        conversation does not exist.

        `PUT /v1/process/audio/url/{conversationId}`
        """
        response = self.with_raw_response.append_audio_url(
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("append_audio_url", response.parsed)

    def submit_video(
        self,
        *,
        body: str | os.PathLike[str] | bytes | IO[bytes] | File,
        media_type: str | None = None,
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
    ) -> SyncJob:
        """Submit a video file

        Uploads an mp4 video as the raw request body (not multipart) and starts a job that
        transcribes its audio track and derives the insights. Options go in the query string,
        exactly as for `submitAudio`; list- and object-valued options are URL-encoded JSON.

        Only `video/mp4` is accepted and the `Content-Type` header is required; at most 4 hours;
        send `Content-Length`. 201 primary, 200 also documented (the sources disagree).

        `POST /v1/process/video`
        """
        response = self.with_raw_response.submit_video(
            body=body,
            media_type=media_type,
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
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("submit_video", response.parsed)

    def append_video(
        self,
        conversation_id: str,
        *,
        body: str | os.PathLike[str] | bytes | IO[bytes] | File,
        media_type: str | None = None,
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
    ) -> SyncJob:
        """Append a video file to a conversation

        Uploads another mp4 video for an existing conversation and starts a job that
        transcribes it and recomputes the insights. Appends to one conversation are processed
        in submission order. Not safe to retry blindly: a repeated PUT appends the video twice.

        Body, limits and query options as for `submitVideo`; 201 primary, 200 also documented;
        404 when the conversation does not exist.

        `PUT /v1/process/video/{conversationId}`
        """
        response = self.with_raw_response.append_video(
            body=body,
            media_type=media_type,
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
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("append_video", response.parsed)

    def submit_video_url(
        self,
        *,
        body: MediaUrlProcessRequest,
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> SyncJob:
        """Submit a video file by URL

        Has Symbl download an mp4 video from a public URL and starts a job that transcribes it
        and derives its insights. The URL must serve the file directly (no redirects, no
        YouTube-style pages); at most 4 hours. All options travel in the JSON body, as for
        `submitAudioUrl`. 201 primary, 200 also documented (the sources disagree).

        `POST /v1/process/video/url`
        """
        response = self.with_raw_response.submit_video_url(
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("submit_video_url", response.parsed)

    def append_video_url(
        self,
        conversation_id: str,
        *,
        body: MediaUrlProcessRequest,
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> SyncJob:
        """Append a video file by URL to a conversation

        Has Symbl download another mp4 video for an existing conversation and starts a job that
        transcribes it and recomputes the insights. Appends to one conversation are processed in
        submission order. Not safe to retry blindly: a repeated PUT appends the video twice.

        Body as for `submitVideoUrl`; 201 primary, 200 also documented; 404 when the
        conversation does not exist.

        `PUT /v1/process/video/url/{conversationId}`
        """
        response = self.with_raw_response.append_video_url(
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("append_video_url", response.parsed)


class AsyncProcessRawResource:
    """`process` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def submit_text(
        self,
        *,
        body: TextProcessRequest,
    ) -> Response[AsyncJobResponse | Error]:
        """`process.submit_text` returning the raw response: `POST /v1/process/text`."""
        from ..api.process import submit_text as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def append_text(
        self,
        conversation_id: str,
        *,
        body: TextProcessRequest,
    ) -> Response[AsyncJobResponse | Error]:
        """`process.append_text` returning the raw response: `PUT /v1/process/text/{conversationId}`."""
        from ..api.process import append_text as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def submit_audio(
        self,
        *,
        body: str | os.PathLike[str] | bytes | IO[bytes] | File,
        media_type: str | None = None,
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
        """`process.submit_audio` returning the raw response: `POST /v1/process/audio`."""
        from ..api.process import submit_audio as operation

        request = operation._get_kwargs(
            body=self._runtime.upload("submit_audio", body, media_type),
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
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def append_audio(
        self,
        conversation_id: str,
        *,
        body: str | os.PathLike[str] | bytes | IO[bytes] | File,
        media_type: str | None = None,
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
        """`process.append_audio` returning the raw response: `PUT /v1/process/audio/{conversationId}`."""
        from ..api.process import append_audio as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=self._runtime.upload("append_audio", body, media_type),
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
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def submit_audio_url(
        self,
        *,
        body: MediaUrlProcessRequest,
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> Response[AsyncJobResponse | Error]:
        """`process.submit_audio_url` returning the raw response: `POST /v1/process/audio/url`."""
        from ..api.process import submit_audio_url as operation

        request = operation._get_kwargs(
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def append_audio_url(
        self,
        conversation_id: str,
        *,
        body: MediaUrlProcessRequest,
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> Response[AsyncJobResponse | Error]:
        """`process.append_audio_url` returning the raw response: `PUT /v1/process/audio/url/{conversationId}`."""
        from ..api.process import append_audio_url as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def submit_video(
        self,
        *,
        body: str | os.PathLike[str] | bytes | IO[bytes] | File,
        media_type: str | None = None,
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
        """`process.submit_video` returning the raw response: `POST /v1/process/video`."""
        from ..api.process import submit_video as operation

        request = operation._get_kwargs(
            body=self._runtime.upload("submit_video", body, media_type),
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
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def append_video(
        self,
        conversation_id: str,
        *,
        body: str | os.PathLike[str] | bytes | IO[bytes] | File,
        media_type: str | None = None,
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
        """`process.append_video` returning the raw response: `PUT /v1/process/video/{conversationId}`."""
        from ..api.process import append_video as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=self._runtime.upload("append_video", body, media_type),
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
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def submit_video_url(
        self,
        *,
        body: MediaUrlProcessRequest,
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> Response[AsyncJobResponse | Error]:
        """`process.submit_video_url` returning the raw response: `POST /v1/process/video/url`."""
        from ..api.process import submit_video_url as operation

        request = operation._get_kwargs(
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def append_video_url(
        self,
        conversation_id: str,
        *,
        body: MediaUrlProcessRequest,
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> Response[AsyncJobResponse | Error]:
        """`process.append_video_url` returning the raw response: `PUT /v1/process/video/url/{conversationId}`."""
        from ..api.process import append_video_url as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))


class AsyncProcessResource:
    """process operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncProcessRawResource(runtime)

    async def submit_text(
        self,
        *,
        body: TextProcessRequest,
    ) -> AsyncJob:
        """Submit a text conversation

        Creates a conversation from a list of text messages (chat, email, transcript lines) and
        starts a job that derives its insights. The response carries the new `conversationId` and
        the `jobId` to follow; insights are incomplete until the job is `completed`.

        All options travel in the JSON body. Symbl's generated client also sends `webhookUrl` as a
        query parameter; this description follows the newer documentation and Go SDK and keeps
        every option in the body. Symbl's code samples expect 201 while its draft OpenAPI file
        says 200: both are documented with the same body (201 is the primary answer).

        `POST /v1/process/text`
        """
        response = await self.with_raw_response.submit_text(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("submit_text", response.parsed)

    async def append_text(
        self,
        conversation_id: str,
        *,
        body: TextProcessRequest,
    ) -> AsyncJob:
        """Append text messages to a conversation

        Adds messages to an existing conversation and starts a job that recomputes its insights.
        Several appends to the same conversation are processed one after another, in the order
        they were submitted. Not safe to retry blindly: a repeated PUT appends the messages
        twice.

        Options and status codes as for `submitText` (201 primary, 200 also documented); 404 when
        the conversation does not exist.

        `PUT /v1/process/text/{conversationId}`
        """
        response = await self.with_raw_response.append_text(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("append_text", response.parsed)

    async def submit_audio(
        self,
        *,
        body: str | os.PathLike[str] | bytes | IO[bytes] | File,
        media_type: str | None = None,
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
    ) -> AsyncJob:
        """Submit an audio file

        Uploads a recording as the raw request body (not multipart) and starts a job that
        transcribes it and derives its insights. Options go in the query string; list- and
        object-valued options (`entities`, `trackers`, `channelMetadata`, `features`,
        `metadata`) are URL-encoded JSON.

        Formats: mp3, wav, m4a, aac, flac, ogg, opus, amr, aiff and wma, mono or two channels;
        at most 4 hours. Send `Content-Length`. Symbl detects the audio format itself, so the
        `Content-Type` header is informative (Symbl's generated client sends
        `application/octet-stream`). Per-channel recognition is billed as duration times the
        number of channels.

        Symbl's code samples expect 201 while its draft OpenAPI file says 200: both are
        documented with the same body (201 is the primary answer).

        `POST /v1/process/audio`
        """
        response = await self.with_raw_response.submit_audio(
            body=body,
            media_type=media_type,
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
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("submit_audio", response.parsed)

    async def append_audio(
        self,
        conversation_id: str,
        *,
        body: str | os.PathLike[str] | bytes | IO[bytes] | File,
        media_type: str | None = None,
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
    ) -> AsyncJob:
        """Append an audio file to a conversation

        Uploads another recording for an existing conversation and starts a job that
        transcribes it and recomputes the insights. Several appends to the same conversation
        are processed one after another, in submission order. Not safe to retry blindly: a
        repeated PUT appends the audio twice.

        Body, formats, limits and query options as for `submitAudio`; 201 primary, 200 also
        documented; 404 when the conversation does not exist.

        `PUT /v1/process/audio/{conversationId}`
        """
        response = await self.with_raw_response.append_audio(
            body=body,
            media_type=media_type,
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
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("append_audio", response.parsed)

    async def submit_audio_url(
        self,
        *,
        body: MediaUrlProcessRequest,
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> AsyncJob:
        """Submit an audio file by URL

        Has Symbl download a recording from a public URL and starts a job that transcribes it
        and derives its insights. The URL must serve the file directly (no redirects, no
        YouTube-style pages). Formats and the 4-hour limit as for `submitAudio`.

        Options travel in the JSON body. Speaker diarization
        (`enableSpeakerDiarization`, `diarizationSpeakerCount`) is also accepted in the query
        string, as Symbl's speaker-separation tutorial and its generated client send it; the
        body wins when both are given.
        201 primary, 200 also documented (the sources disagree).

        `POST /v1/process/audio/url`
        """
        response = await self.with_raw_response.submit_audio_url(
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("submit_audio_url", response.parsed)

    async def append_audio_url(
        self,
        conversation_id: str,
        *,
        body: MediaUrlProcessRequest,
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> AsyncJob:
        """Append an audio file by URL to a conversation

        Has Symbl download another recording for an existing conversation and starts a job that
        transcribes it and recomputes the insights. Appends to one conversation are processed in
        submission order. Not safe to retry blindly: a repeated PUT appends the audio twice.

        Body as for `submitAudioUrl`; 201 primary, 200 also documented; 404 when the
        conversation does not exist.

        `PUT /v1/process/audio/url/{conversationId}`
        """
        response = await self.with_raw_response.append_audio_url(
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("append_audio_url", response.parsed)

    async def submit_video(
        self,
        *,
        body: str | os.PathLike[str] | bytes | IO[bytes] | File,
        media_type: str | None = None,
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
    ) -> AsyncJob:
        """Submit a video file

        Uploads an mp4 video as the raw request body (not multipart) and starts a job that
        transcribes its audio track and derives the insights. Options go in the query string,
        exactly as for `submitAudio`; list- and object-valued options are URL-encoded JSON.

        Only `video/mp4` is accepted and the `Content-Type` header is required; at most 4 hours;
        send `Content-Length`. 201 primary, 200 also documented (the sources disagree).

        `POST /v1/process/video`
        """
        response = await self.with_raw_response.submit_video(
            body=body,
            media_type=media_type,
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
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("submit_video", response.parsed)

    async def append_video(
        self,
        conversation_id: str,
        *,
        body: str | os.PathLike[str] | bytes | IO[bytes] | File,
        media_type: str | None = None,
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
    ) -> AsyncJob:
        """Append a video file to a conversation

        Uploads another mp4 video for an existing conversation and starts a job that
        transcribes it and recomputes the insights. Appends to one conversation are processed
        in submission order. Not safe to retry blindly: a repeated PUT appends the video twice.

        Body, limits and query options as for `submitVideo`; 201 primary, 200 also documented;
        404 when the conversation does not exist.

        `PUT /v1/process/video/{conversationId}`
        """
        response = await self.with_raw_response.append_video(
            body=body,
            media_type=media_type,
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
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("append_video", response.parsed)

    async def submit_video_url(
        self,
        *,
        body: MediaUrlProcessRequest,
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> AsyncJob:
        """Submit a video file by URL

        Has Symbl download an mp4 video from a public URL and starts a job that transcribes it
        and derives its insights. The URL must serve the file directly (no redirects, no
        YouTube-style pages); at most 4 hours. All options travel in the JSON body, as for
        `submitAudioUrl`. 201 primary, 200 also documented (the sources disagree).

        `POST /v1/process/video/url`
        """
        response = await self.with_raw_response.submit_video_url(
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("submit_video_url", response.parsed)

    async def append_video_url(
        self,
        conversation_id: str,
        *,
        body: MediaUrlProcessRequest,
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> AsyncJob:
        """Append a video file by URL to a conversation

        Has Symbl download another mp4 video for an existing conversation and starts a job that
        transcribes it and recomputes the insights. Appends to one conversation are processed in
        submission order. Not safe to retry blindly: a repeated PUT appends the video twice.

        Body as for `submitVideoUrl`; 201 primary, 200 also documented; 404 when the
        conversation does not exist.

        `PUT /v1/process/video/url/{conversationId}`
        """
        response = await self.with_raw_response.append_video_url(
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("append_video_url", response.parsed)
