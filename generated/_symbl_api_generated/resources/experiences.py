# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""`client.experiences.<operation>(...)`, sync and async, from the spec.

Models and endpoint modules are imported when an operation is first called, not when the
client is imported, so `import symbl_api` stays cheap.
"""

from __future__ import annotations

import datetime
import os
from typing import IO, TYPE_CHECKING, Any, cast

from .._runtime import AsyncRuntime, SyncRuntime
from ..types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.experience import Experience
    from ..models.experience_media_url_request import ExperienceMediaUrlRequest
    from ..models.experience_request import ExperienceRequest
    from ..models.experience_url import ExperienceUrl
    from ..models.status_message import StatusMessage

_ = (datetime, Any, os, IO, File, UNSET, Unset, cast)  # used by some signatures only


class ExperiencesRawResource:
    """`experiences` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def create_experience(
        self,
        conversation_id: str,
        *,
        body: ExperienceRequest,
    ) -> Response[Error | Experience]:
        """`experiences.create_experience` returning the raw response: `POST /v1/conversations/{conversationId}/experiences`."""
        from ..api.experiences import create_experience as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_insights_list_url(
        self,
        *,
        include_call_score: bool | Unset = UNSET,
    ) -> Response[Error | ExperienceUrl]:
        """`experiences.get_insights_list_url` returning the raw response: `GET /v1/conversations/experiences/insights/list`."""
        from ..api.experiences import get_insights_list_url as operation

        request = operation._get_kwargs(
            include_call_score=include_call_score,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_insights_details_url(
        self,
        conversation_id: str,
        *,
        include_call_score: bool | Unset = UNSET,
    ) -> Response[Error | ExperienceUrl]:
        """`experiences.get_insights_details_url` returning the raw response: `GET /v1/conversations/experiences/insights/details/{conversationId}`."""
        from ..api.experiences import get_insights_details_url as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            include_call_score=include_call_score,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def set_experience_media_url(
        self,
        conversation_id: str,
        *,
        body: ExperienceMediaUrlRequest,
    ) -> Response[Error | StatusMessage]:
        """`experiences.set_experience_media_url` returning the raw response: `PUT /v1/conversations/{conversationId}/experiences/url`."""
        from ..api.experiences import set_experience_media_url as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))


class ExperiencesResource:
    """experiences operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = ExperiencesRawResource(runtime)

    def create_experience(
        self,
        conversation_id: str,
        *,
        body: ExperienceRequest,
    ) -> Experience:
        """Create a pre-built summary page

        Returns a shareable URL of a Symbl-hosted page for the conversation:
        `verbose-text-summary` (text Summary UI), `video-summary` (Video Summary UI, needs
        `videoUrl`) or `audio-summary` (Trackers and Analytics UI, needs `audioUrl`, the URL
        that was submitted to the Async API). Those per-name requirements are stated in words
        only; the schema keeps `videoUrl`/`audioUrl` optional. The URL expires after
        `summaryURLExpiresIn` seconds (30 days by default, 0 = never).

        Status: Symbl's reference does not state the success code; `200` is documented here.
        Each call creates a new URL, so the operation is not idempotent.

        `POST /v1/conversations/{conversationId}/experiences`
        """
        response = self.with_raw_response.create_experience(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("Experience", response.parsed)

    def get_insights_list_url(
        self,
        *,
        include_call_score: bool | Unset = UNSET,
    ) -> ExperienceUrl:
        """Get the Insights UI list page URL

        URL of the account's Insights UI list page (all processed conversations). Seen in
        Symbl's Go SDK and generated client; the prose documentation only describes the UI.
        Conversations appear there once they have at least 50 words of transcript.

        `GET /v1/conversations/experiences/insights/list`
        """
        response = self.with_raw_response.get_insights_list_url(
            include_call_score=include_call_score,
        )
        self._runtime.raise_for_status(response)
        return cast("ExperienceUrl", response.parsed)

    def get_insights_details_url(
        self,
        conversation_id: str,
        *,
        include_call_score: bool | Unset = UNSET,
    ) -> ExperienceUrl:
        """Get the Insights UI details page URL of a conversation

        URL of the Insights UI page of one conversation (transcript, insights and, with
        `includeCallScore`, the call score). Seen in Symbl's Go SDK and generated client.
        Set the media the page plays with `setExperienceMediaUrl`.

        `GET /v1/conversations/experiences/insights/details/{conversationId}`
        """
        response = self.with_raw_response.get_insights_details_url(
            include_call_score=include_call_score,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("ExperienceUrl", response.parsed)

    def set_experience_media_url(
        self,
        conversation_id: str,
        *,
        body: ExperienceMediaUrlRequest,
    ) -> StatusMessage:
        """Set the media URL played by the Insights UI

        Sets the audio or video URL the Insights UI plays for this conversation (for example
        when the media was uploaded as a file, so Symbl has no public URL for it). Seen in
        Symbl's Go SDK. The acknowledgement body is not read by Symbl's SDKs; it is described
        as a plain `StatusMessage` and clients should rely on the status code only.

        `PUT /v1/conversations/{conversationId}/experiences/url`
        """
        response = self.with_raw_response.set_experience_media_url(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)


class AsyncExperiencesRawResource:
    """`experiences` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def create_experience(
        self,
        conversation_id: str,
        *,
        body: ExperienceRequest,
    ) -> Response[Error | Experience]:
        """`experiences.create_experience` returning the raw response: `POST /v1/conversations/{conversationId}/experiences`."""
        from ..api.experiences import create_experience as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_insights_list_url(
        self,
        *,
        include_call_score: bool | Unset = UNSET,
    ) -> Response[Error | ExperienceUrl]:
        """`experiences.get_insights_list_url` returning the raw response: `GET /v1/conversations/experiences/insights/list`."""
        from ..api.experiences import get_insights_list_url as operation

        request = operation._get_kwargs(
            include_call_score=include_call_score,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_insights_details_url(
        self,
        conversation_id: str,
        *,
        include_call_score: bool | Unset = UNSET,
    ) -> Response[Error | ExperienceUrl]:
        """`experiences.get_insights_details_url` returning the raw response: `GET /v1/conversations/experiences/insights/details/{conversationId}`."""
        from ..api.experiences import get_insights_details_url as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            include_call_score=include_call_score,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def set_experience_media_url(
        self,
        conversation_id: str,
        *,
        body: ExperienceMediaUrlRequest,
    ) -> Response[Error | StatusMessage]:
        """`experiences.set_experience_media_url` returning the raw response: `PUT /v1/conversations/{conversationId}/experiences/url`."""
        from ..api.experiences import set_experience_media_url as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))


class AsyncExperiencesResource:
    """experiences operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncExperiencesRawResource(runtime)

    async def create_experience(
        self,
        conversation_id: str,
        *,
        body: ExperienceRequest,
    ) -> Experience:
        """Create a pre-built summary page

        Returns a shareable URL of a Symbl-hosted page for the conversation:
        `verbose-text-summary` (text Summary UI), `video-summary` (Video Summary UI, needs
        `videoUrl`) or `audio-summary` (Trackers and Analytics UI, needs `audioUrl`, the URL
        that was submitted to the Async API). Those per-name requirements are stated in words
        only; the schema keeps `videoUrl`/`audioUrl` optional. The URL expires after
        `summaryURLExpiresIn` seconds (30 days by default, 0 = never).

        Status: Symbl's reference does not state the success code; `200` is documented here.
        Each call creates a new URL, so the operation is not idempotent.

        `POST /v1/conversations/{conversationId}/experiences`
        """
        response = await self.with_raw_response.create_experience(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("Experience", response.parsed)

    async def get_insights_list_url(
        self,
        *,
        include_call_score: bool | Unset = UNSET,
    ) -> ExperienceUrl:
        """Get the Insights UI list page URL

        URL of the account's Insights UI list page (all processed conversations). Seen in
        Symbl's Go SDK and generated client; the prose documentation only describes the UI.
        Conversations appear there once they have at least 50 words of transcript.

        `GET /v1/conversations/experiences/insights/list`
        """
        response = await self.with_raw_response.get_insights_list_url(
            include_call_score=include_call_score,
        )
        self._runtime.raise_for_status(response)
        return cast("ExperienceUrl", response.parsed)

    async def get_insights_details_url(
        self,
        conversation_id: str,
        *,
        include_call_score: bool | Unset = UNSET,
    ) -> ExperienceUrl:
        """Get the Insights UI details page URL of a conversation

        URL of the Insights UI page of one conversation (transcript, insights and, with
        `includeCallScore`, the call score). Seen in Symbl's Go SDK and generated client.
        Set the media the page plays with `setExperienceMediaUrl`.

        `GET /v1/conversations/experiences/insights/details/{conversationId}`
        """
        response = await self.with_raw_response.get_insights_details_url(
            include_call_score=include_call_score,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("ExperienceUrl", response.parsed)

    async def set_experience_media_url(
        self,
        conversation_id: str,
        *,
        body: ExperienceMediaUrlRequest,
    ) -> StatusMessage:
        """Set the media URL played by the Insights UI

        Sets the audio or video URL the Insights UI plays for this conversation (for example
        when the media was uploaded as a file, so Symbl has no public URL for it). Seen in
        Symbl's Go SDK. The acknowledgement body is not read by Symbl's SDKs; it is described
        as a plain `StatusMessage` and clients should rely on the status code only.

        `PUT /v1/conversations/{conversationId}/experiences/url`
        """
        response = await self.with_raw_response.set_experience_media_url(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)
