# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""Resources by tag: `client.<tag>.<operation>(...)`, sync and async, from the spec.

Models and endpoint modules are imported when an operation is first called, not when the
client is imported, so `import symbl_api` stays cheap.
"""

from __future__ import annotations

import datetime
import os
from typing import IO, TYPE_CHECKING, Any, cast

from ._runtime import AsyncJob, AsyncPager, AsyncRuntime, SyncJob, SyncPager, SyncRuntime
from .models.list_conversations_order import ListConversationsOrder
from .models.list_group_conversations_order import ListGroupConversationsOrder
from .types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from uuid import UUID

    from .models.abstract_topic_list import AbstractTopicList
    from .models.action_item_list import ActionItemList
    from .models.analytics import Analytics
    from .models.async_job_response import AsyncJobResponse
    from .models.bookmark import Bookmark
    from .models.bookmark_list import BookmarkList
    from .models.bookmark_request import BookmarkRequest
    from .models.bookmark_summary import BookmarkSummary
    from .models.bookmarks_summary_list import BookmarksSummaryList
    from .models.call_score import CallScore
    from .models.call_score_status import CallScoreStatus
    from .models.comprehensive_action_item_list import ComprehensiveActionItemList
    from .models.conversation import Conversation
    from .models.conversation_list import ConversationList
    from .models.conversation_summary import ConversationSummary
    from .models.conversation_type import ConversationType
    from .models.custom_entity import CustomEntity
    from .models.custom_entity_envelope import CustomEntityEnvelope
    from .models.custom_entity_list import CustomEntityList
    from .models.custom_entity_request import CustomEntityRequest
    from .models.delete_result import DeleteResult
    from .models.detected_tracker import DetectedTracker
    from .models.endpoint_connect_response import EndpointConnectResponse
    from .models.endpoint_start_request import EndpointStartRequest
    from .models.endpoint_stop_request import EndpointStopRequest
    from .models.entity_list import EntityList
    from .models.error import Error
    from .models.experience import Experience
    from .models.experience_media_url_request import ExperienceMediaUrlRequest
    from .models.experience_request import ExperienceRequest
    from .models.experience_url import ExperienceUrl
    from .models.external_event import ExternalEvent
    from .models.follow_up_list import FollowUpList
    from .models.formatted_transcript import FormattedTranscript
    from .models.formatted_transcript_request import FormattedTranscriptRequest
    from .models.group_envelope import GroupEnvelope
    from .models.group_list import GroupList
    from .models.group_request import GroupRequest
    from .models.insight_list import InsightList
    from .models.intent_list import IntentList
    from .models.job_status import JobStatus
    from .models.json_patch_operation import JsonPatchOperation
    from .models.language_code import LanguageCode
    from .models.legacy_tracker_update import LegacyTrackerUpdate
    from .models.media_url_process_request import MediaUrlProcessRequest
    from .models.member_list import MemberList
    from .models.message_list import MessageList
    from .models.process_mode import ProcessMode
    from .models.question_list import QuestionList
    from .models.settings_envelope import SettingsEnvelope
    from .models.speaker_events_request import SpeakerEventsRequest
    from .models.status_message import StatusMessage
    from .models.text_process_request import TextProcessRequest
    from .models.token import Token
    from .models.token_refresh_request import TokenRefreshRequest
    from .models.token_request import TokenRequest
    from .models.token_revoke_request import TokenRevokeRequest
    from .models.topic_list import TopicList
    from .models.tracker_envelope import TrackerEnvelope
    from .models.tracker_list import TrackerList
    from .models.tracker_patch_operation import TrackerPatchOperation
    from .models.tracker_request import TrackerRequest
    from .models.update_conversation_request import UpdateConversationRequest
    from .models.update_member_request import UpdateMemberRequest
    from .models.updated_conversation import UpdatedConversation

_ = (datetime, Any, os, IO, File, UNSET)  # used by some signatures only


class AuthRawResource:
    """`auth` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def generate_token(
        self,
        *,
        body: TokenRequest,
    ) -> Response[Error | Token]:
        """Generate an access token

        Exchanges the application's `appId` and `appSecret` (from platform.symbl.ai) for a JWT
        access token, valid for `expiresIn` seconds (86400 by default). While a token is still
        valid Symbl may return the same token with its remaining lifetime. The `password`
        grant appears only in Symbl's generated client.

        `POST /oauth2/token:generate`
        """
        from .api.auth import generate_token as operation

        return operation.sync_detailed(
            body=body,
            client=self._runtime.client,
        )

    def refresh_token(
        self,
        *,
        body: TokenRefreshRequest,
    ) -> Response[Error | Token]:
        """Refresh an access token

        Exchanges a refresh token for a new access token. Seen only in Symbl's generated
        client (`symbl_rest`); not in the prose documentation. Generating a new token with
        `generateToken` is the documented way to renew.

        `POST /oauth2/token:refresh`
        """
        from .api.auth import refresh_token as operation

        return operation.sync_detailed(
            body=body,
            client=self._runtime.client,
        )

    def revoke_token(
        self,
        *,
        body: TokenRevokeRequest,
    ) -> Response[Error | StatusMessage]:
        """Revoke the application's tokens

        Revokes the tokens issued to an application. Seen only in Symbl's generated client
        (`symbl_rest`); not in the prose documentation.

        `DELETE /oauth2/token:revoke`
        """
        from .api.auth import revoke_token as operation

        return operation.sync_detailed(
            body=body,
            client=self._runtime.client,
        )


class AuthResource:
    """auth operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AuthRawResource(runtime)

    def generate_token(
        self,
        *,
        body: TokenRequest,
    ) -> Token:
        """Generate an access token

        Exchanges the application's `appId` and `appSecret` (from platform.symbl.ai) for a JWT
        access token, valid for `expiresIn` seconds (86400 by default). While a token is still
        valid Symbl may return the same token with its remaining lifetime. The `password`
        grant appears only in Symbl's generated client.

        `POST /oauth2/token:generate`
        """
        response = self.with_raw_response.generate_token(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("Token", response.parsed)

    def refresh_token(
        self,
        *,
        body: TokenRefreshRequest,
    ) -> Token:
        """Refresh an access token

        Exchanges a refresh token for a new access token. Seen only in Symbl's generated
        client (`symbl_rest`); not in the prose documentation. Generating a new token with
        `generateToken` is the documented way to renew.

        `POST /oauth2/token:refresh`
        """
        response = self.with_raw_response.refresh_token(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("Token", response.parsed)

    def revoke_token(
        self,
        *,
        body: TokenRevokeRequest,
    ) -> StatusMessage:
        """Revoke the application's tokens

        Revokes the tokens issued to an application. Seen only in Symbl's generated client
        (`symbl_rest`); not in the prose documentation.

        `DELETE /oauth2/token:revoke`
        """
        response = self.with_raw_response.revoke_token(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)


class BookmarksRawResource:
    """`bookmarks` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list_bookmarks(
        self,
        conversation_id: str,
    ) -> Response[BookmarkList | Error]:
        """List the bookmarks of a conversation

        Every bookmark of the conversation, in one response (no pagination is documented).
        An empty `bookmarks` array means the conversation exists but has no bookmarks.

        `GET /v1/conversations/{conversationId}/bookmarks`
        """
        from .api.bookmarks import list_bookmarks as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    def create_bookmark(
        self,
        conversation_id: str,
        *,
        body: BookmarkRequest,
    ) -> Response[Bookmark | Error]:
        """Create a bookmark

        Bookmarks a span of the conversation. The span is given either by `beginTimeOffset`
        plus `duration` (seconds from the start of the conversation; every message inside the
        window belongs to the bookmark) or by `messageRefs` (ids of consecutive messages, from
        `GET …/messages`). Symbl rejects a body with neither; the two members of the time pair
        are required together.

        Status: Symbl's pages do not state the success code and its Go SDK accepts any 2xx;
        this description documents `201 Created` (the usual code for a created resource, and
        the one the mock answers). Clients should treat any 2xx as success.

        `POST /v1/conversations/{conversationId}/bookmarks`
        """
        from .api.bookmarks import create_bookmark as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )

    def create_bookmarks_bulk(
        self,
        conversation_id: str,
        *,
        body: list[BookmarkRequest],
    ) -> Response[BookmarkList | Error]:
        """Create several bookmarks at once

        Creates one bookmark per element of the array; each element follows the same rules
        as `createBookmark` (time window or `messageRefs`). The response lists the created
        bookmarks with their ids, in request order.

        Status: as for `createBookmark`, Symbl does not state the code; `201 Created` is
        documented here and any 2xx should be treated as success.

        `POST /v1/conversations/{conversationId}/bookmarks/bulk`
        """
        from .api.bookmarks import create_bookmarks_bulk as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )

    def get_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> Response[Bookmark | Error]:
        """Get a bookmark

        One bookmark of the conversation, as created or last replaced.

        `GET /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`
        """
        from .api.bookmarks import get_bookmark as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            bookmark_id=bookmark_id,
            client=self._runtime.client,
        )

    def update_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
        *,
        body: BookmarkRequest,
    ) -> Response[Bookmark | Error]:
        """Replace a bookmark

        Full replacement, not a merge: every field omitted from the body is cleared (for
        example, leaving out `description` removes the existing description). Send the
        complete bookmark, including unchanged fields such as `label` or `messageRefs`. The
        same span rules as `createBookmark` apply.

        `PUT /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`
        """
        from .api.bookmarks import update_bookmark as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            bookmark_id=bookmark_id,
            body=body,
            client=self._runtime.client,
        )

    def delete_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> Response[Any | Error]:
        """Delete a bookmark

        Deletes the bookmark permanently. Symbl answers `204 No Content` with no body.

        `DELETE /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`
        """
        from .api.bookmarks import delete_bookmark as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            bookmark_id=bookmark_id,
            client=self._runtime.client,
        )

    def get_bookmark_summary(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> Response[BookmarkSummary | Error]:
        """Summarize one bookmark

        A summary of the messages inside the bookmark's span, in the same item shape as the
        conversation summary (`GET …/summary`). `messageRefs` lists the messages the summary
        was generated from. 404 while the conversation's job is still running.

        `GET /v1/conversations/{conversationId}/bookmarks/{bookmarkId}/summary`
        """
        from .api.bookmarks import get_bookmark_summary as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            bookmark_id=bookmark_id,
            client=self._runtime.client,
        )

    def get_bookmarks_summary(
        self,
        conversation_id: str,
    ) -> Response[BookmarksSummaryList | Error]:
        """Summarize all bookmarks of a conversation

        One summary per bookmark of the conversation, each tagged with its `bookmarkId`.
        Symbl's guide mentions that the set can be filtered and the Go SDK appends raw filter
        strings to the query, but no parameter name is documented, so none is described here.

        `GET /v1/conversations/{conversationId}/bookmarks-summary`
        """
        from .api.bookmarks import get_bookmarks_summary as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )


class BookmarksResource:
    """bookmarks operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = BookmarksRawResource(runtime)

    def list_bookmarks(
        self,
        conversation_id: str,
    ) -> BookmarkList:
        """List the bookmarks of a conversation

        Every bookmark of the conversation, in one response (no pagination is documented).
        An empty `bookmarks` array means the conversation exists but has no bookmarks.

        `GET /v1/conversations/{conversationId}/bookmarks`
        """
        response = self.with_raw_response.list_bookmarks(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("BookmarkList", response.parsed)

    def create_bookmark(
        self,
        conversation_id: str,
        *,
        body: BookmarkRequest,
    ) -> Bookmark:
        """Create a bookmark

        Bookmarks a span of the conversation. The span is given either by `beginTimeOffset`
        plus `duration` (seconds from the start of the conversation; every message inside the
        window belongs to the bookmark) or by `messageRefs` (ids of consecutive messages, from
        `GET …/messages`). Symbl rejects a body with neither; the two members of the time pair
        are required together.

        Status: Symbl's pages do not state the success code and its Go SDK accepts any 2xx;
        this description documents `201 Created` (the usual code for a created resource, and
        the one the mock answers). Clients should treat any 2xx as success.

        `POST /v1/conversations/{conversationId}/bookmarks`
        """
        response = self.with_raw_response.create_bookmark(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("Bookmark", response.parsed)

    def create_bookmarks_bulk(
        self,
        conversation_id: str,
        *,
        body: list[BookmarkRequest],
    ) -> BookmarkList:
        """Create several bookmarks at once

        Creates one bookmark per element of the array; each element follows the same rules
        as `createBookmark` (time window or `messageRefs`). The response lists the created
        bookmarks with their ids, in request order.

        Status: as for `createBookmark`, Symbl does not state the code; `201 Created` is
        documented here and any 2xx should be treated as success.

        `POST /v1/conversations/{conversationId}/bookmarks/bulk`
        """
        response = self.with_raw_response.create_bookmarks_bulk(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("BookmarkList", response.parsed)

    def get_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> Bookmark:
        """Get a bookmark

        One bookmark of the conversation, as created or last replaced.

        `GET /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`
        """
        response = self.with_raw_response.get_bookmark(
            bookmark_id=bookmark_id,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("Bookmark", response.parsed)

    def update_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
        *,
        body: BookmarkRequest,
    ) -> Bookmark:
        """Replace a bookmark

        Full replacement, not a merge: every field omitted from the body is cleared (for
        example, leaving out `description` removes the existing description). Send the
        complete bookmark, including unchanged fields such as `label` or `messageRefs`. The
        same span rules as `createBookmark` apply.

        `PUT /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`
        """
        response = self.with_raw_response.update_bookmark(
            bookmark_id=bookmark_id,
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("Bookmark", response.parsed)

    def delete_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> None:
        """Delete a bookmark

        Deletes the bookmark permanently. Symbl answers `204 No Content` with no body.

        `DELETE /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`
        """
        response = self.with_raw_response.delete_bookmark(
            bookmark_id=bookmark_id,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)

    def get_bookmark_summary(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> BookmarkSummary:
        """Summarize one bookmark

        A summary of the messages inside the bookmark's span, in the same item shape as the
        conversation summary (`GET …/summary`). `messageRefs` lists the messages the summary
        was generated from. 404 while the conversation's job is still running.

        `GET /v1/conversations/{conversationId}/bookmarks/{bookmarkId}/summary`
        """
        response = self.with_raw_response.get_bookmark_summary(
            bookmark_id=bookmark_id,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("BookmarkSummary", response.parsed)

    def get_bookmarks_summary(
        self,
        conversation_id: str,
    ) -> BookmarksSummaryList:
        """Summarize all bookmarks of a conversation

        One summary per bookmark of the conversation, each tagged with its `bookmarkId`.
        Symbl's guide mentions that the set can be filtered and the Go SDK appends raw filter
        strings to the query, but no parameter name is documented, so none is described here.

        `GET /v1/conversations/{conversationId}/bookmarks-summary`
        """
        response = self.with_raw_response.get_bookmarks_summary(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("BookmarksSummaryList", response.parsed)


class ConversationsRawResource:
    """`conversations` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list_conversations(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        order: ListConversationsOrder | Unset = ListConversationsOrder.ASC,
        sort: str | Unset = "conversation.startTime",
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        filter_: str | Unset = UNSET,
    ) -> Response[ConversationList | Error]:
        """List conversations

        Lists the account's conversations whose `startTime` falls inside the
        `startTime`/`endTime` window (by default the last 7 days), optionally narrowed by an
        RSQL `filter` on metadata, sorted by `sort` in `order`.

        Pagination is offset based (`offset`, `limit`); Symbl documents no total count, next
        link or cursor, so a page shorter than `limit` is the last one. The pagination rule
        is stated once in `x-symbl-pagination` for the generator, client and mock.

        `GET /v1/conversations`
        """
        from .api.conversations import list_conversations as operation

        return operation.sync_detailed(
            limit=limit,
            offset=offset,
            order=order,
            sort=sort,
            start_time=start_time,
            end_time=end_time,
            filter_=filter_,
            client=self._runtime.client,
        )

    def get_conversation(
        self,
        conversation_id: str,
    ) -> Response[Conversation | Error]:
        """Get a conversation

        The conversation's name, type, start and end time, members and metadata.

        `GET /v1/conversations/{conversationId}`
        """
        from .api.conversations import get_conversation as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    def update_conversation(
        self,
        conversation_id: str,
        *,
        body: UpdateConversationRequest,
    ) -> Response[Error | UpdatedConversation]:
        """Update a conversation's metadata

        Replaces the conversation's `metadata` (string keys to string values of at most 128
        characters), which conversation groups and the list `filter` match on. Only
        `metadata` can be changed; `id` and `type` cannot. Symbl's draft OpenAPI also lists
        `type`, `name`, `startTime`, `endTime` and `members` in the body, but the prose
        reference allows only `metadata`, so only `metadata` is described here. The response
        carries the conversation id and its metadata after the update.

        `PUT /v1/conversations/{conversationId}`
        """
        from .api.conversations import update_conversation as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )

    def delete_conversation(
        self,
        conversation_id: str,
    ) -> Response[Error | StatusMessage]:
        """Delete a conversation

        Permanently deletes the conversation and everything derived from it. Symbl documents
        the message for an unknown or invalid id ("The conversationId is either invalid or
        does not exist.") but not its status code; this spec treats it as 404.

        `DELETE /v1/conversations/{conversationId}`
        """
        from .api.conversations import delete_conversation as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    def get_messages(
        self,
        conversation_id: str,
        *,
        verbose: bool | Unset = False,
        sentiment: bool | Unset = False,
        redact: bool | Unset = False,
        exclude: list[str] | Unset = UNSET,
    ) -> Response[Error | MessageList]:
        """Get the transcript messages

        The conversation's transcript as a list of messages (sentences), in order. `verbose`
        adds per-word timings, `sentiment` adds a sentiment per message (en-US only) and
        `redact` masks personal data except the entity types listed in `exclude`.

        `from` differs between sources (`{name, email}` in examples, `{id, name, email}` in
        Symbl's generated client, `{id, name}` in the Go SDK); the shared `Person` schema
        covers all of them. `timeOffset` and `duration` are Labs fields and may be absent.

        `GET /v1/conversations/{conversationId}/messages`
        """
        from .api.conversations import get_messages as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            verbose=verbose,
            sentiment=sentiment,
            redact=redact,
            exclude=exclude,
            client=self._runtime.client,
        )

    def get_members(
        self,
        conversation_id: str,
    ) -> Response[Error | MemberList]:
        """List the conversation's members

        The people who took part in the conversation (speakers and participants), each with a
        member id that `updateMember` accepts.

        `GET /v1/conversations/{conversationId}/members`
        """
        from .api.conversations import get_members as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    def update_member(
        self,
        conversation_id: str,
        member_id: UUID,
        *,
        body: UpdateMemberRequest,
    ) -> Response[Error | StatusMessage]:
        """Update a member's name and email

        Renames a member (and optionally sets the email). The change is reflected in every
        message and insight of the conversation. The body's `id` must equal the `memberId` in
        the path.

        `PUT /v1/conversations/{conversationId}/members/{memberId}`
        """
        from .api.conversations import update_member as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            member_id=member_id,
            body=body,
            client=self._runtime.client,
        )

    def update_speaker_events(
        self,
        conversation_id: str,
        *,
        body: SpeakerEventsRequest,
    ) -> Response[Error | StatusMessage]:
        """Attribute speech to speakers with speaker events

        Sends `started_speaking` / `stopped_speaking` events (offsets from the start of the
        conversation) so Symbl attributes messages and insights to the right speakers, e.g.
        for a recording without diarization.

        `offset.nanos` is not capped at 999999999: Symbl's own examples send 5000000000
        (5 s), contrary to the usual protobuf `Duration` convention, so this spec accepts any
        non-negative value.

        `PUT /v1/conversations/{conversationId}/speakers`
        """
        from .api.conversations import update_speaker_events as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )

    def get_topics(
        self,
        conversation_id: str,
        *,
        sentiment: bool | Unset = False,
        parent_refs: bool | Unset = False,
        custom_topic_vocabulary: str | Unset = UNSET,
        refresh: bool | Unset = False,
    ) -> Response[Error | TopicList]:
        """Get the topics

        The most relevant topics of discussion, each with a relevance score and the messages
        it comes from. `sentiment=true` adds a sentiment per topic; `parentRefs=true` adds the
        topic hierarchy (the two cannot be combined); `refresh=true` regenerates the topics
        (previous topics are deleted).

        `customTopicVocabulary` (formerly `customVocabulary`, still accepted by Symbl) is
        documented as a string whose values are `true`/`false`, while third-party sample code
        passes keywords in it. This spec models one string: `true`/`false`, or a
        comma-separated list of keywords to favour.

        `GET /v1/conversations/{conversationId}/topics`
        """
        from .api.conversations import get_topics as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            sentiment=sentiment,
            parent_refs=parent_refs,
            custom_topic_vocabulary=custom_topic_vocabulary,
            refresh=refresh,
            client=self._runtime.client,
        )

    def get_questions(
        self,
        conversation_id: str,
    ) -> Response[Error | QuestionList]:
        """Get the questions

        Explicit questions or requests for information asked in the conversation.

        `GET /v1/conversations/{conversationId}/questions`
        """
        from .api.conversations import get_questions as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    def get_action_items(
        self,
        conversation_id: str,
    ) -> Response[ActionItemList | Error]:
        """Get the action items

        Tasks someone committed to or was asked to do, with assignee, due date and detected
        entities where found.

        `GET /v1/conversations/{conversationId}/action-items`
        """
        from .api.conversations import get_action_items as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    def get_follow_ups(
        self,
        conversation_id: str,
    ) -> Response[Error | FollowUpList]:
        """Get the follow-ups

        Action items that call for a follow-up (a meeting, a call, an email). Same shape as
        action items; `from` and `assignee` may be empty objects.

        `GET /v1/conversations/{conversationId}/follow-ups`
        """
        from .api.conversations import get_follow_ups as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    def get_insights(
        self,
        conversation_id: str,
    ) -> Response[Error | InsightList]:
        """Get all insights (legacy)

        Legacy combined list of questions, action items and follow-ups. Kept because Symbl
        still documents it; prefer `getQuestions`, `getActionItems` and `getFollowUps`, which
        return the same insights per type.

        `GET /v1/conversations/{conversationId}/insights`
        """
        from .api.conversations import get_insights as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    def get_entities(
        self,
        conversation_id: str,
    ) -> Response[EntityList | Error]:
        """Get the detected entities

        Managed and custom entities detected in the conversation (when `detectEntities` was
        set or custom entities exist), grouped by type and sub-type, with every matched
        value and the messages it occurs in.

        Two shapes are documented; per the project's decision the newer one
        (`entities[] {type, subType, category, matches[{detectedValue, messageRefs}]}`) is
        described. The 2022 flat shape (`customType`, `value`, `messageRefs` per entity, not
        wrapped in an object) is not.

        `GET /v1/conversations/{conversationId}/entities`
        """
        from .api.conversations import get_entities as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    def get_trackers(
        self,
        conversation_id: str,
    ) -> Response[Error | list[DetectedTracker]]:
        """Get the detected trackers

        Trackers (account-wide or inline) detected in the conversation, each with the
        matching vocabulary and the messages and insights that matched. The body is a bare
        JSON array, not wrapped in an object. An `offset` of -1 on a reference means a
        semantic (non-exact) match.

        Canonical path per the project's decision; `getTrackersDetected`
        (`/trackers-detected`) is a deprecated alias with the same response.

        `GET /v1/conversations/{conversationId}/trackers`
        """
        from .api.conversations import get_trackers as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    def get_trackers_detected(
        self,
        conversation_id: str,
    ) -> Response[Error | list[DetectedTracker]]:
        """Get the detected trackers (deprecated path) (deprecated)

        Deprecated alias of `getTrackers` (`GET /v1/conversations/{conversationId}/trackers`),
        which is canonical per the project's decision. The 2022 documentation used this path;
        earlier and later documentation and both SDKs use `/trackers`. Same response.

        `GET /v1/conversations/{conversationId}/trackers-detected`
        """
        from .api.conversations import get_trackers_detected as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    def get_analytics(
        self,
        conversation_id: str,
    ) -> Response[Analytics | Error]:
        """Get the conversation analytics

        Conversation-level metrics (silence, talk time, overlap) and per-member speaking
        pace, talk and listen time and overlap. Note the naming Symbl uses: `percent` on
        `metrics` and on overlapping members, but `percentage` on `talkTime`/`listenTime`.
        `overlap` is empty for Async and Telephony conversations.

        `GET /v1/conversations/{conversationId}/analytics`
        """
        from .api.conversations import get_analytics as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    def get_summary(
        self,
        conversation_id: str,
        *,
        refresh: bool | Unset = False,
    ) -> Response[ConversationSummary | Error]:
        """Get the summary

        A short summary of the conversation as a list of sentences, each linked to the
        messages it condenses. Returns 404 while the processing job is still running.
        Formerly a Labs feature on `https://api-labs.symbl.ai`; now on the production host.

        Per the project's decision both forms of refresh are described: `refresh=true` on
        this GET, and `refreshSummary` (`POST` with `refresh=true`, as the newer guide shows).

        `GET /v1/conversations/{conversationId}/summary`
        """
        from .api.conversations import get_summary as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            refresh=refresh,
            client=self._runtime.client,
        )

    def refresh_summary(
        self,
        conversation_id: str,
        *,
        refresh: bool | Unset = True,
    ) -> Response[ConversationSummary | Error]:
        """Regenerate the summary

        Regenerates the summary and returns it (the newer guide's form of `refresh=true`).
        No request body. It changes nothing but the derived summary, so repeating it is
        harmless (`x-symbl-idempotent: true`). `getSummary` with `refresh=true` is the
        equivalent GET form.

        `POST /v1/conversations/{conversationId}/summary`
        """
        from .api.conversations import refresh_summary as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            refresh=refresh,
            client=self._runtime.client,
        )

    def get_formatted_transcript(
        self,
        conversation_id: str,
        *,
        body: FormattedTranscriptRequest,
    ) -> Response[Error | FormattedTranscript]:
        """Get a formatted transcript (Markdown or SRT)

        Renders the transcript as Markdown (optionally with paragraphs, highlighted key
        phrases and speaker separation) or as SRT subtitles. It only reads, so repeating it is
        harmless (`x-symbl-idempotent: true`).

        Per the project's decision this is a POST with a JSON body and `payload` is a string
        (for SRT, the subtitle text with `\\n` line breaks). A newer guide's Node example uses
        GET with `?contentType=` and one SRT example nests `payload.content`; neither is
        described.

        `POST /v1/conversations/{conversationId}/transcript`
        """
        from .api.conversations import get_formatted_transcript as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )

    def get_call_score(
        self,
        conversation_id: str,
    ) -> Response[CallScore | Error]:
        """Get the call score

        Overall score (0-100) of a sales or general call with a per-criterion breakdown and
        feedback. Requires `callScore` in `features.featureList` when the conversation was
        processed and at least 50 words of transcript; poll `getCallScoreStatus` until
        `completed` first.

        `GET /v1/conversations/{conversationId}/callscore`
        """
        from .api.conversations import get_call_score as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    def get_call_score_status(
        self,
        conversation_id: str,
    ) -> Response[CallScoreStatus | Error]:
        """Get the status of the call score computation

        Where the call score computation for the conversation is. Poll until `completed`,
        then call `getCallScore`. Only `completed` is documented; the other values are
        assumed to be those of a processing job (`JobStatusValue`).

        `GET /v1/conversations/{conversationId}/callscore/status`
        """
        from .api.conversations import get_call_score_status as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    def get_lm_insights_status(
        self,
        conversation_id: str,
    ) -> Response[CallScoreStatus | Error]:
        """Get the status of the language-model insights

        Where the language-model insights computation (call score and related insights) for
        the conversation is. Seen only in Symbl's Go SDK, which leaves the response
        undescribed; this spec assumes the same `{jobId, status}` shape as
        `getCallScoreStatus`.

        `GET /v1/conversations/{conversationId}/lm-insights/status`
        """
        from .api.conversations import get_lm_insights_status as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    def get_comprehensive_action_items(
        self,
        conversation_id: str,
    ) -> Response[ComprehensiveActionItemList | Error]:
        """Get comprehensive action items (Labs)

        Labs only (`https://api-labs.symbl.ai`): action items rewritten as self-contained
        sentences with more context than `getActionItems`, referencing their messages via
        `messageRefs`.

        `GET /v1/conversations/{conversationId}/comprehensive/action-items`
        """
        from .api.conversations import get_comprehensive_action_items as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    def get_abstract_topics(
        self,
        conversation_id: str,
    ) -> Response[AbstractTopicList | Error]:
        """Get abstract topics (Labs)

        Labs only (`https://api-labs.symbl.ai`): higher-level themes of the conversation that
        need not appear verbatim in the transcript.

        `GET /v1/conversations/{conversationId}/abstract-topics`
        """
        from .api.conversations import get_abstract_topics as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    def get_intents(
        self,
        conversation_id: str,
    ) -> Response[Error | IntentList]:
        """Get the detected intents

        Intents detected in the conversation, with alternatives. Seen only in Symbl's
        generated client (`symbl_rest`); no prose documentation was found, so the shape of
        `alternatives` and `entities` is left open.

        `GET /v1/conversations/{conversationId}/intents`
        """
        from .api.conversations import get_intents as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )


class ConversationsResource:
    """conversations operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = ConversationsRawResource(runtime)

    def list_conversations(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        order: ListConversationsOrder | Unset = ListConversationsOrder.ASC,
        sort: str | Unset = "conversation.startTime",
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        filter_: str | Unset = UNSET,
    ) -> ConversationList:
        """List conversations

        Lists the account's conversations whose `startTime` falls inside the
        `startTime`/`endTime` window (by default the last 7 days), optionally narrowed by an
        RSQL `filter` on metadata, sorted by `sort` in `order`.

        Pagination is offset based (`offset`, `limit`); Symbl documents no total count, next
        link or cursor, so a page shorter than `limit` is the last one. The pagination rule
        is stated once in `x-symbl-pagination` for the generator, client and mock.

        `GET /v1/conversations`
        """
        response = self.with_raw_response.list_conversations(
            limit=limit,
            offset=offset,
            order=order,
            sort=sort,
            start_time=start_time,
            end_time=end_time,
            filter_=filter_,
        )
        self._runtime.raise_for_status(response)
        return cast("ConversationList", response.parsed)

    def iter_list_conversations(
        self,
        *,
        order: ListConversationsOrder | Unset = ListConversationsOrder.ASC,
        sort: str | Unset = "conversation.startTime",
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        filter_: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
    ) -> SyncPager[Conversation]:
        """Every item of `list_conversations`, requesting page after page.

        `page_size` items per request (the API's default when None), at most `max_items` in
        all, starting at `start_offset` (to resume a walk).
        """

        def fetch(offset: int, limit: int) -> list[Conversation]:
            page = self.list_conversations(
                limit=limit,
                offset=offset,
                order=order,
                sort=sort,
                start_time=start_time,
                end_time=end_time,
                filter_=filter_,
            )
            items = page.conversations
            return [] if isinstance(items, Unset) else list(items)

        return self._runtime.paginate(
            "list_conversations", fetch, page_size=page_size, max_items=max_items, start_offset=start_offset
        )

    def get_conversation(
        self,
        conversation_id: str,
    ) -> Conversation:
        """Get a conversation

        The conversation's name, type, start and end time, members and metadata.

        `GET /v1/conversations/{conversationId}`
        """
        response = self.with_raw_response.get_conversation(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("Conversation", response.parsed)

    def update_conversation(
        self,
        conversation_id: str,
        *,
        body: UpdateConversationRequest,
    ) -> UpdatedConversation:
        """Update a conversation's metadata

        Replaces the conversation's `metadata` (string keys to string values of at most 128
        characters), which conversation groups and the list `filter` match on. Only
        `metadata` can be changed; `id` and `type` cannot. Symbl's draft OpenAPI also lists
        `type`, `name`, `startTime`, `endTime` and `members` in the body, but the prose
        reference allows only `metadata`, so only `metadata` is described here. The response
        carries the conversation id and its metadata after the update.

        `PUT /v1/conversations/{conversationId}`
        """
        response = self.with_raw_response.update_conversation(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("UpdatedConversation", response.parsed)

    def delete_conversation(
        self,
        conversation_id: str,
    ) -> StatusMessage:
        """Delete a conversation

        Permanently deletes the conversation and everything derived from it. Symbl documents
        the message for an unknown or invalid id ("The conversationId is either invalid or
        does not exist.") but not its status code; this spec treats it as 404.

        `DELETE /v1/conversations/{conversationId}`
        """
        response = self.with_raw_response.delete_conversation(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)

    def get_messages(
        self,
        conversation_id: str,
        *,
        verbose: bool | Unset = False,
        sentiment: bool | Unset = False,
        redact: bool | Unset = False,
        exclude: list[str] | Unset = UNSET,
    ) -> MessageList:
        """Get the transcript messages

        The conversation's transcript as a list of messages (sentences), in order. `verbose`
        adds per-word timings, `sentiment` adds a sentiment per message (en-US only) and
        `redact` masks personal data except the entity types listed in `exclude`.

        `from` differs between sources (`{name, email}` in examples, `{id, name, email}` in
        Symbl's generated client, `{id, name}` in the Go SDK); the shared `Person` schema
        covers all of them. `timeOffset` and `duration` are Labs fields and may be absent.

        `GET /v1/conversations/{conversationId}/messages`
        """
        response = self.with_raw_response.get_messages(
            verbose=verbose,
            sentiment=sentiment,
            redact=redact,
            exclude=exclude,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("MessageList", response.parsed)

    def get_members(
        self,
        conversation_id: str,
    ) -> MemberList:
        """List the conversation's members

        The people who took part in the conversation (speakers and participants), each with a
        member id that `updateMember` accepts.

        `GET /v1/conversations/{conversationId}/members`
        """
        response = self.with_raw_response.get_members(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("MemberList", response.parsed)

    def update_member(
        self,
        conversation_id: str,
        member_id: UUID,
        *,
        body: UpdateMemberRequest,
    ) -> StatusMessage:
        """Update a member's name and email

        Renames a member (and optionally sets the email). The change is reflected in every
        message and insight of the conversation. The body's `id` must equal the `memberId` in
        the path.

        `PUT /v1/conversations/{conversationId}/members/{memberId}`
        """
        response = self.with_raw_response.update_member(
            member_id=member_id,
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)

    def update_speaker_events(
        self,
        conversation_id: str,
        *,
        body: SpeakerEventsRequest,
    ) -> StatusMessage:
        """Attribute speech to speakers with speaker events

        Sends `started_speaking` / `stopped_speaking` events (offsets from the start of the
        conversation) so Symbl attributes messages and insights to the right speakers, e.g.
        for a recording without diarization.

        `offset.nanos` is not capped at 999999999: Symbl's own examples send 5000000000
        (5 s), contrary to the usual protobuf `Duration` convention, so this spec accepts any
        non-negative value.

        `PUT /v1/conversations/{conversationId}/speakers`
        """
        response = self.with_raw_response.update_speaker_events(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)

    def get_topics(
        self,
        conversation_id: str,
        *,
        sentiment: bool | Unset = False,
        parent_refs: bool | Unset = False,
        custom_topic_vocabulary: str | Unset = UNSET,
        refresh: bool | Unset = False,
    ) -> TopicList:
        """Get the topics

        The most relevant topics of discussion, each with a relevance score and the messages
        it comes from. `sentiment=true` adds a sentiment per topic; `parentRefs=true` adds the
        topic hierarchy (the two cannot be combined); `refresh=true` regenerates the topics
        (previous topics are deleted).

        `customTopicVocabulary` (formerly `customVocabulary`, still accepted by Symbl) is
        documented as a string whose values are `true`/`false`, while third-party sample code
        passes keywords in it. This spec models one string: `true`/`false`, or a
        comma-separated list of keywords to favour.

        `GET /v1/conversations/{conversationId}/topics`
        """
        response = self.with_raw_response.get_topics(
            sentiment=sentiment,
            parent_refs=parent_refs,
            custom_topic_vocabulary=custom_topic_vocabulary,
            refresh=refresh,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("TopicList", response.parsed)

    def get_questions(
        self,
        conversation_id: str,
    ) -> QuestionList:
        """Get the questions

        Explicit questions or requests for information asked in the conversation.

        `GET /v1/conversations/{conversationId}/questions`
        """
        response = self.with_raw_response.get_questions(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("QuestionList", response.parsed)

    def get_action_items(
        self,
        conversation_id: str,
    ) -> ActionItemList:
        """Get the action items

        Tasks someone committed to or was asked to do, with assignee, due date and detected
        entities where found.

        `GET /v1/conversations/{conversationId}/action-items`
        """
        response = self.with_raw_response.get_action_items(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("ActionItemList", response.parsed)

    def get_follow_ups(
        self,
        conversation_id: str,
    ) -> FollowUpList:
        """Get the follow-ups

        Action items that call for a follow-up (a meeting, a call, an email). Same shape as
        action items; `from` and `assignee` may be empty objects.

        `GET /v1/conversations/{conversationId}/follow-ups`
        """
        response = self.with_raw_response.get_follow_ups(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("FollowUpList", response.parsed)

    def get_insights(
        self,
        conversation_id: str,
    ) -> InsightList:
        """Get all insights (legacy)

        Legacy combined list of questions, action items and follow-ups. Kept because Symbl
        still documents it; prefer `getQuestions`, `getActionItems` and `getFollowUps`, which
        return the same insights per type.

        `GET /v1/conversations/{conversationId}/insights`
        """
        response = self.with_raw_response.get_insights(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("InsightList", response.parsed)

    def get_entities(
        self,
        conversation_id: str,
    ) -> EntityList:
        """Get the detected entities

        Managed and custom entities detected in the conversation (when `detectEntities` was
        set or custom entities exist), grouped by type and sub-type, with every matched
        value and the messages it occurs in.

        Two shapes are documented; per the project's decision the newer one
        (`entities[] {type, subType, category, matches[{detectedValue, messageRefs}]}`) is
        described. The 2022 flat shape (`customType`, `value`, `messageRefs` per entity, not
        wrapped in an object) is not.

        `GET /v1/conversations/{conversationId}/entities`
        """
        response = self.with_raw_response.get_entities(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("EntityList", response.parsed)

    def get_trackers(
        self,
        conversation_id: str,
    ) -> list[DetectedTracker]:
        """Get the detected trackers

        Trackers (account-wide or inline) detected in the conversation, each with the
        matching vocabulary and the messages and insights that matched. The body is a bare
        JSON array, not wrapped in an object. An `offset` of -1 on a reference means a
        semantic (non-exact) match.

        Canonical path per the project's decision; `getTrackersDetected`
        (`/trackers-detected`) is a deprecated alias with the same response.

        `GET /v1/conversations/{conversationId}/trackers`
        """
        response = self.with_raw_response.get_trackers(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("list[DetectedTracker]", response.parsed)

    def get_trackers_detected(
        self,
        conversation_id: str,
    ) -> list[DetectedTracker]:
        """Get the detected trackers (deprecated path) (deprecated)

        Deprecated alias of `getTrackers` (`GET /v1/conversations/{conversationId}/trackers`),
        which is canonical per the project's decision. The 2022 documentation used this path;
        earlier and later documentation and both SDKs use `/trackers`. Same response.

        `GET /v1/conversations/{conversationId}/trackers-detected`
        """
        response = self.with_raw_response.get_trackers_detected(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("list[DetectedTracker]", response.parsed)

    def get_analytics(
        self,
        conversation_id: str,
    ) -> Analytics:
        """Get the conversation analytics

        Conversation-level metrics (silence, talk time, overlap) and per-member speaking
        pace, talk and listen time and overlap. Note the naming Symbl uses: `percent` on
        `metrics` and on overlapping members, but `percentage` on `talkTime`/`listenTime`.
        `overlap` is empty for Async and Telephony conversations.

        `GET /v1/conversations/{conversationId}/analytics`
        """
        response = self.with_raw_response.get_analytics(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("Analytics", response.parsed)

    def get_summary(
        self,
        conversation_id: str,
        *,
        refresh: bool | Unset = False,
    ) -> ConversationSummary:
        """Get the summary

        A short summary of the conversation as a list of sentences, each linked to the
        messages it condenses. Returns 404 while the processing job is still running.
        Formerly a Labs feature on `https://api-labs.symbl.ai`; now on the production host.

        Per the project's decision both forms of refresh are described: `refresh=true` on
        this GET, and `refreshSummary` (`POST` with `refresh=true`, as the newer guide shows).

        `GET /v1/conversations/{conversationId}/summary`
        """
        response = self.with_raw_response.get_summary(
            refresh=refresh,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("ConversationSummary", response.parsed)

    def refresh_summary(
        self,
        conversation_id: str,
        *,
        refresh: bool | Unset = True,
    ) -> ConversationSummary:
        """Regenerate the summary

        Regenerates the summary and returns it (the newer guide's form of `refresh=true`).
        No request body. It changes nothing but the derived summary, so repeating it is
        harmless (`x-symbl-idempotent: true`). `getSummary` with `refresh=true` is the
        equivalent GET form.

        `POST /v1/conversations/{conversationId}/summary`
        """
        response = self.with_raw_response.refresh_summary(
            refresh=refresh,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("ConversationSummary", response.parsed)

    def get_formatted_transcript(
        self,
        conversation_id: str,
        *,
        body: FormattedTranscriptRequest,
    ) -> FormattedTranscript:
        """Get a formatted transcript (Markdown or SRT)

        Renders the transcript as Markdown (optionally with paragraphs, highlighted key
        phrases and speaker separation) or as SRT subtitles. It only reads, so repeating it is
        harmless (`x-symbl-idempotent: true`).

        Per the project's decision this is a POST with a JSON body and `payload` is a string
        (for SRT, the subtitle text with `\\n` line breaks). A newer guide's Node example uses
        GET with `?contentType=` and one SRT example nests `payload.content`; neither is
        described.

        `POST /v1/conversations/{conversationId}/transcript`
        """
        response = self.with_raw_response.get_formatted_transcript(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("FormattedTranscript", response.parsed)

    def get_call_score(
        self,
        conversation_id: str,
    ) -> CallScore:
        """Get the call score

        Overall score (0-100) of a sales or general call with a per-criterion breakdown and
        feedback. Requires `callScore` in `features.featureList` when the conversation was
        processed and at least 50 words of transcript; poll `getCallScoreStatus` until
        `completed` first.

        `GET /v1/conversations/{conversationId}/callscore`
        """
        response = self.with_raw_response.get_call_score(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CallScore", response.parsed)

    def get_call_score_status(
        self,
        conversation_id: str,
    ) -> CallScoreStatus:
        """Get the status of the call score computation

        Where the call score computation for the conversation is. Poll until `completed`,
        then call `getCallScore`. Only `completed` is documented; the other values are
        assumed to be those of a processing job (`JobStatusValue`).

        `GET /v1/conversations/{conversationId}/callscore/status`
        """
        response = self.with_raw_response.get_call_score_status(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CallScoreStatus", response.parsed)

    def get_lm_insights_status(
        self,
        conversation_id: str,
    ) -> CallScoreStatus:
        """Get the status of the language-model insights

        Where the language-model insights computation (call score and related insights) for
        the conversation is. Seen only in Symbl's Go SDK, which leaves the response
        undescribed; this spec assumes the same `{jobId, status}` shape as
        `getCallScoreStatus`.

        `GET /v1/conversations/{conversationId}/lm-insights/status`
        """
        response = self.with_raw_response.get_lm_insights_status(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CallScoreStatus", response.parsed)

    def get_comprehensive_action_items(
        self,
        conversation_id: str,
    ) -> ComprehensiveActionItemList:
        """Get comprehensive action items (Labs)

        Labs only (`https://api-labs.symbl.ai`): action items rewritten as self-contained
        sentences with more context than `getActionItems`, referencing their messages via
        `messageRefs`.

        `GET /v1/conversations/{conversationId}/comprehensive/action-items`
        """
        response = self.with_raw_response.get_comprehensive_action_items(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("ComprehensiveActionItemList", response.parsed)

    def get_abstract_topics(
        self,
        conversation_id: str,
    ) -> AbstractTopicList:
        """Get abstract topics (Labs)

        Labs only (`https://api-labs.symbl.ai`): higher-level themes of the conversation that
        need not appear verbatim in the transcript.

        `GET /v1/conversations/{conversationId}/abstract-topics`
        """
        response = self.with_raw_response.get_abstract_topics(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("AbstractTopicList", response.parsed)

    def get_intents(
        self,
        conversation_id: str,
    ) -> IntentList:
        """Get the detected intents

        Intents detected in the conversation, with alternatives. Seen only in Symbl's
        generated client (`symbl_rest`); no prose documentation was found, so the shape of
        `alternatives` and `entities` is left open.

        `GET /v1/conversations/{conversationId}/intents`
        """
        response = self.with_raw_response.get_intents(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("IntentList", response.parsed)


class EntitiesRawResource:
    """`entities` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list_entities(
        self,
    ) -> Response[CustomEntityList | Error]:
        """List custom entities

        Returns every custom entity of the account in one response (no pagination).

        `GET /v1/manage/entities`
        """
        from .api.entities import list_entities as operation

        return operation.sync_detailed(
            client=self._runtime.client,
        )

    def create_entity(
        self,
        *,
        body: CustomEntityRequest,
    ) -> Response[CustomEntityEnvelope | Error]:
        """Create a custom entity

        Creates one custom entity: values Symbl detects verbatim in conversations and reports
        under `type`/`subType` with `category: Custom`. `subType` must be unique within a
        `type` (Symbl documents no status code for a duplicate, so no `409` is described);
        values match exactly. Symbl's guides alternate between this path and the singular
        `/v1/manage/entity`; the plural path of the newest guide and the Go SDK is canonical
        (project decision 4), and the older guides' bulk use of this path moved to
        `/v1/manage/entities/bulk`. `201` is documented as primary; `200` with the same body
        is also accepted (the Go SDK treats `200` as success).

        `POST /v1/manage/entities`
        """
        from .api.entities import create_entity as operation

        return operation.sync_detailed(
            body=body,
            client=self._runtime.client,
        )

    def delete_entities_by_sub_type(
        self,
        *,
        sub_type: str,
    ) -> Response[Error | StatusMessage]:
        """Delete the custom entities of a subtype

        Deletes every custom entity whose `subType` equals the query value. Symbl documents
        this call ("delete custom entity by subtype") and the Go SDK ignores its body; since
        several entities may go and no single id applies, a plain `message` is described
        rather than the per-id delete acknowledgement.

        `DELETE /v1/manage/entities`
        """
        from .api.entities import delete_entities_by_sub_type as operation

        return operation.sync_detailed(
            sub_type=sub_type,
            client=self._runtime.client,
        )

    def create_entities_bulk(
        self,
        *,
        body: list[CustomEntityRequest],
    ) -> Response[CustomEntityList | Error]:
        """Create several custom entities

        Creates each custom entity of the array and returns them all. The Go SDK uses this
        path; older guides posted the array to `/v1/manage/entities` (project decision 4).
        `201` is primary; `200` with the same body is also accepted.

        `POST /v1/manage/entities/bulk`
        """
        from .api.entities import create_entities_bulk as operation

        return operation.sync_detailed(
            body=body,
            client=self._runtime.client,
        )

    def get_entity(
        self,
        entity_id: str,
    ) -> Response[CustomEntity | Error]:
        """Get a custom entity

        Returns one custom entity. Unlike the other entity calls the object comes back bare,
        not wrapped in `entity` (Go SDK structs; symbl-api.md open question 4).

        `GET /v1/manage/entities/{entityId}`
        """
        from .api.entities import get_entity as operation

        return operation.sync_detailed(
            entity_id=entity_id,
            client=self._runtime.client,
        )

    def update_entity(
        self,
        entity_id: str,
        *,
        body: CustomEntityRequest,
    ) -> Response[CustomEntityEnvelope | Error]:
        """Replace a custom entity

        Replaces a custom entity with the body; `type`, `subType`, `category` and `values`
        are all required (Symbl answers `400` "must contain 'type'" otherwise, as the Go SDK
        notes). Returns the entity wrapped in `entity`.

        `PUT /v1/manage/entities/{entityId}`
        """
        from .api.entities import update_entity as operation

        return operation.sync_detailed(
            entity_id=entity_id,
            body=body,
            client=self._runtime.client,
        )

    def delete_entity(
        self,
        entity_id: str,
    ) -> Response[DeleteResult | Error]:
        """Delete a custom entity

        Deletes one custom entity.

        `DELETE /v1/manage/entities/{entityId}`
        """
        from .api.entities import delete_entity as operation

        return operation.sync_detailed(
            entity_id=entity_id,
            client=self._runtime.client,
        )

    def create_entity_legacy(
        self,
        *,
        body: CustomEntityRequest,
    ) -> Response[CustomEntityEnvelope | Error]:
        """Create a custom entity (singular path) (deprecated)

        Deprecated; use `createEntity` (`POST /v1/manage/entities`). Same body and response.

        `POST /v1/manage/entity`
        """
        from .api.entities import create_entity_legacy as operation

        return operation.sync_detailed(
            body=body,
            client=self._runtime.client,
        )

    def get_entity_legacy(
        self,
        entity_id: str,
    ) -> Response[CustomEntity | Error]:
        """Get a custom entity (singular path) (deprecated)

        Deprecated; use `getEntity` (`GET /v1/manage/entities/{entityId}`). Same bare response.

        `GET /v1/manage/entity/{entityId}`
        """
        from .api.entities import get_entity_legacy as operation

        return operation.sync_detailed(
            entity_id=entity_id,
            client=self._runtime.client,
        )

    def update_entity_legacy(
        self,
        entity_id: str,
        *,
        body: CustomEntityRequest,
    ) -> Response[CustomEntityEnvelope | Error]:
        """Replace a custom entity (singular path) (deprecated)

        Deprecated; use `updateEntity` (`PUT /v1/manage/entities/{entityId}`). Same body and response.

        `PUT /v1/manage/entity/{entityId}`
        """
        from .api.entities import update_entity_legacy as operation

        return operation.sync_detailed(
            entity_id=entity_id,
            body=body,
            client=self._runtime.client,
        )

    def delete_entity_legacy(
        self,
        entity_id: str,
    ) -> Response[DeleteResult | Error]:
        """Delete a custom entity (singular path) (deprecated)

        Deprecated; use `deleteEntity` (`DELETE /v1/manage/entities/{entityId}`). Same response.

        `DELETE /v1/manage/entity/{entityId}`
        """
        from .api.entities import delete_entity_legacy as operation

        return operation.sync_detailed(
            entity_id=entity_id,
            client=self._runtime.client,
        )


class EntitiesResource:
    """entities operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = EntitiesRawResource(runtime)

    def list_entities(
        self,
    ) -> CustomEntityList:
        """List custom entities

        Returns every custom entity of the account in one response (no pagination).

        `GET /v1/manage/entities`
        """
        response = self.with_raw_response.list_entities()
        self._runtime.raise_for_status(response)
        return cast("CustomEntityList", response.parsed)

    def create_entity(
        self,
        *,
        body: CustomEntityRequest,
    ) -> CustomEntityEnvelope:
        """Create a custom entity

        Creates one custom entity: values Symbl detects verbatim in conversations and reports
        under `type`/`subType` with `category: Custom`. `subType` must be unique within a
        `type` (Symbl documents no status code for a duplicate, so no `409` is described);
        values match exactly. Symbl's guides alternate between this path and the singular
        `/v1/manage/entity`; the plural path of the newest guide and the Go SDK is canonical
        (project decision 4), and the older guides' bulk use of this path moved to
        `/v1/manage/entities/bulk`. `201` is documented as primary; `200` with the same body
        is also accepted (the Go SDK treats `200` as success).

        `POST /v1/manage/entities`
        """
        response = self.with_raw_response.create_entity(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityEnvelope", response.parsed)

    def delete_entities_by_sub_type(
        self,
        *,
        sub_type: str,
    ) -> StatusMessage:
        """Delete the custom entities of a subtype

        Deletes every custom entity whose `subType` equals the query value. Symbl documents
        this call ("delete custom entity by subtype") and the Go SDK ignores its body; since
        several entities may go and no single id applies, a plain `message` is described
        rather than the per-id delete acknowledgement.

        `DELETE /v1/manage/entities`
        """
        response = self.with_raw_response.delete_entities_by_sub_type(
            sub_type=sub_type,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)

    def create_entities_bulk(
        self,
        *,
        body: list[CustomEntityRequest],
    ) -> CustomEntityList:
        """Create several custom entities

        Creates each custom entity of the array and returns them all. The Go SDK uses this
        path; older guides posted the array to `/v1/manage/entities` (project decision 4).
        `201` is primary; `200` with the same body is also accepted.

        `POST /v1/manage/entities/bulk`
        """
        response = self.with_raw_response.create_entities_bulk(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityList", response.parsed)

    def get_entity(
        self,
        entity_id: str,
    ) -> CustomEntity:
        """Get a custom entity

        Returns one custom entity. Unlike the other entity calls the object comes back bare,
        not wrapped in `entity` (Go SDK structs; symbl-api.md open question 4).

        `GET /v1/manage/entities/{entityId}`
        """
        response = self.with_raw_response.get_entity(
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntity", response.parsed)

    def update_entity(
        self,
        entity_id: str,
        *,
        body: CustomEntityRequest,
    ) -> CustomEntityEnvelope:
        """Replace a custom entity

        Replaces a custom entity with the body; `type`, `subType`, `category` and `values`
        are all required (Symbl answers `400` "must contain 'type'" otherwise, as the Go SDK
        notes). Returns the entity wrapped in `entity`.

        `PUT /v1/manage/entities/{entityId}`
        """
        response = self.with_raw_response.update_entity(
            body=body,
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityEnvelope", response.parsed)

    def delete_entity(
        self,
        entity_id: str,
    ) -> DeleteResult:
        """Delete a custom entity

        Deletes one custom entity.

        `DELETE /v1/manage/entities/{entityId}`
        """
        response = self.with_raw_response.delete_entity(
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)

    def create_entity_legacy(
        self,
        *,
        body: CustomEntityRequest,
    ) -> CustomEntityEnvelope:
        """Create a custom entity (singular path) (deprecated)

        Deprecated; use `createEntity` (`POST /v1/manage/entities`). Same body and response.

        `POST /v1/manage/entity`
        """
        response = self.with_raw_response.create_entity_legacy(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityEnvelope", response.parsed)

    def get_entity_legacy(
        self,
        entity_id: str,
    ) -> CustomEntity:
        """Get a custom entity (singular path) (deprecated)

        Deprecated; use `getEntity` (`GET /v1/manage/entities/{entityId}`). Same bare response.

        `GET /v1/manage/entity/{entityId}`
        """
        response = self.with_raw_response.get_entity_legacy(
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntity", response.parsed)

    def update_entity_legacy(
        self,
        entity_id: str,
        *,
        body: CustomEntityRequest,
    ) -> CustomEntityEnvelope:
        """Replace a custom entity (singular path) (deprecated)

        Deprecated; use `updateEntity` (`PUT /v1/manage/entities/{entityId}`). Same body and response.

        `PUT /v1/manage/entity/{entityId}`
        """
        response = self.with_raw_response.update_entity_legacy(
            body=body,
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityEnvelope", response.parsed)

    def delete_entity_legacy(
        self,
        entity_id: str,
    ) -> DeleteResult:
        """Delete a custom entity (singular path) (deprecated)

        Deprecated; use `deleteEntity` (`DELETE /v1/manage/entities/{entityId}`). Same response.

        `DELETE /v1/manage/entity/{entityId}`
        """
        response = self.with_raw_response.delete_entity_legacy(
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)


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
        from .api.experiences import create_experience as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )

    def get_insights_list_url(
        self,
        *,
        include_call_score: bool | Unset = UNSET,
    ) -> Response[Error | ExperienceUrl]:
        """Get the Insights UI list page URL

        URL of the account's Insights UI list page (all processed conversations). Seen in
        Symbl's Go SDK and generated client; the prose documentation only describes the UI.
        Conversations appear there once they have at least 50 words of transcript.

        `GET /v1/conversations/experiences/insights/list`
        """
        from .api.experiences import get_insights_list_url as operation

        return operation.sync_detailed(
            include_call_score=include_call_score,
            client=self._runtime.client,
        )

    def get_insights_details_url(
        self,
        conversation_id: str,
        *,
        include_call_score: bool | Unset = UNSET,
    ) -> Response[Error | ExperienceUrl]:
        """Get the Insights UI details page URL of a conversation

        URL of the Insights UI page of one conversation (transcript, insights and, with
        `includeCallScore`, the call score). Seen in Symbl's Go SDK and generated client.
        Set the media the page plays with `setExperienceMediaUrl`.

        `GET /v1/conversations/experiences/insights/details/{conversationId}`
        """
        from .api.experiences import get_insights_details_url as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            include_call_score=include_call_score,
            client=self._runtime.client,
        )

    def set_experience_media_url(
        self,
        conversation_id: str,
        *,
        body: ExperienceMediaUrlRequest,
    ) -> Response[Error | StatusMessage]:
        """Set the media URL played by the Insights UI

        Sets the audio or video URL the Insights UI plays for this conversation (for example
        when the media was uploaded as a file, so Symbl has no public URL for it). Seen in
        Symbl's Go SDK. The acknowledgement body is not read by Symbl's SDKs; it is described
        as a plain `StatusMessage` and clients should rely on the status code only.

        `PUT /v1/conversations/{conversationId}/experiences/url`
        """
        from .api.experiences import set_experience_media_url as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )


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


class GroupsRawResource:
    """`groups` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def create_group(
        self,
        *,
        body: GroupRequest,
    ) -> Response[Error | GroupEnvelope]:
        """Create a conversation group

        Creates a conversation group (beta): a name plus an RSQL `criteria` over conversation
        metadata, for example `conversation.metadata.agentId==johndoe and
        conversation.metadata.customerId==88338833` (up to two parameters per criterion, any
        number of criteria). Note the singular `group` here versus the plural `groups` of the
        bulk and list calls, as in Symbl's documentation. The success status is not stated:
        `201` is documented as primary and `200` with the same body is also accepted.

        `POST /v1/manage/group`
        """
        from .api.groups import create_group as operation

        return operation.sync_detailed(
            body=body,
            client=self._runtime.client,
        )

    def list_groups(
        self,
    ) -> Response[Error | GroupList]:
        """List conversation groups

        Returns every conversation group of the account in one response (no pagination).

        `GET /v1/manage/groups`
        """
        from .api.groups import list_groups as operation

        return operation.sync_detailed(
            client=self._runtime.client,
        )

    def create_groups_bulk(
        self,
        *,
        body: list[GroupRequest],
    ) -> Response[Error | GroupList]:
        """Create several conversation groups

        Creates each group of the array. Symbl documents the request but not the response;
        the list wrapper `groups` (as returned by `listGroups`) is described. `201` is primary;
        `200` with the same body is also accepted.

        `POST /v1/manage/groups`
        """
        from .api.groups import create_groups_bulk as operation

        return operation.sync_detailed(
            body=body,
            client=self._runtime.client,
        )

    def get_group(
        self,
        group_id: str,
    ) -> Response[Error | GroupEnvelope]:
        """Get a conversation group

        Returns one conversation group.

        `GET /v1/manage/group/{groupId}`
        """
        from .api.groups import get_group as operation

        return operation.sync_detailed(
            group_id=group_id,
            client=self._runtime.client,
        )

    def update_group(
        self,
        group_id: str,
        *,
        body: GroupRequest,
    ) -> Response[Error | GroupEnvelope]:
        """Replace a conversation group

        Replaces the group's `name`, `description` and `criteria` with the body. Symbl's
        example body repeats the group's `id`; it is optional here and must equal `groupId`
        when given.

        `PUT /v1/manage/group/{groupId}`
        """
        from .api.groups import update_group as operation

        return operation.sync_detailed(
            group_id=group_id,
            body=body,
            client=self._runtime.client,
        )

    def delete_group(
        self,
        group_id: str,
    ) -> Response[DeleteResult | Error]:
        """Delete a conversation group

        Deletes the group; the conversations it selected are not affected.

        `DELETE /v1/manage/group/{groupId}`
        """
        from .api.groups import delete_group as operation

        return operation.sync_detailed(
            group_id=group_id,
            client=self._runtime.client,
        )

    def list_group_conversations(
        self,
        group_id: str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        order: ListGroupConversationsOrder | Unset = ListGroupConversationsOrder.ASC,
        sort: str | Unset = "conversation.startTime",
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        filter_: str | Unset = UNSET,
    ) -> Response[ConversationList | Error]:
        """List the conversations of a group

        Returns the conversations matching the group's criteria, one page at a time, with the
        same query parameters and response as `listConversations`: `offset`/`limit` paging,
        `order`/`sort`, a `startTime`/`endTime` window (the last 7 days by default) and an
        RSQL `filter`. No total count or next-page token is returned; a page shorter than
        `limit` is the last one.

        `GET /v1/groups/{groupId}/conversations`
        """
        from .api.groups import list_group_conversations as operation

        return operation.sync_detailed(
            group_id=group_id,
            limit=limit,
            offset=offset,
            order=order,
            sort=sort,
            start_time=start_time,
            end_time=end_time,
            filter_=filter_,
            client=self._runtime.client,
        )


class GroupsResource:
    """groups operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = GroupsRawResource(runtime)

    def create_group(
        self,
        *,
        body: GroupRequest,
    ) -> GroupEnvelope:
        """Create a conversation group

        Creates a conversation group (beta): a name plus an RSQL `criteria` over conversation
        metadata, for example `conversation.metadata.agentId==johndoe and
        conversation.metadata.customerId==88338833` (up to two parameters per criterion, any
        number of criteria). Note the singular `group` here versus the plural `groups` of the
        bulk and list calls, as in Symbl's documentation. The success status is not stated:
        `201` is documented as primary and `200` with the same body is also accepted.

        `POST /v1/manage/group`
        """
        response = self.with_raw_response.create_group(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("GroupEnvelope", response.parsed)

    def list_groups(
        self,
    ) -> GroupList:
        """List conversation groups

        Returns every conversation group of the account in one response (no pagination).

        `GET /v1/manage/groups`
        """
        response = self.with_raw_response.list_groups()
        self._runtime.raise_for_status(response)
        return cast("GroupList", response.parsed)

    def create_groups_bulk(
        self,
        *,
        body: list[GroupRequest],
    ) -> GroupList:
        """Create several conversation groups

        Creates each group of the array. Symbl documents the request but not the response;
        the list wrapper `groups` (as returned by `listGroups`) is described. `201` is primary;
        `200` with the same body is also accepted.

        `POST /v1/manage/groups`
        """
        response = self.with_raw_response.create_groups_bulk(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("GroupList", response.parsed)

    def get_group(
        self,
        group_id: str,
    ) -> GroupEnvelope:
        """Get a conversation group

        Returns one conversation group.

        `GET /v1/manage/group/{groupId}`
        """
        response = self.with_raw_response.get_group(
            group_id=group_id,
        )
        self._runtime.raise_for_status(response)
        return cast("GroupEnvelope", response.parsed)

    def update_group(
        self,
        group_id: str,
        *,
        body: GroupRequest,
    ) -> GroupEnvelope:
        """Replace a conversation group

        Replaces the group's `name`, `description` and `criteria` with the body. Symbl's
        example body repeats the group's `id`; it is optional here and must equal `groupId`
        when given.

        `PUT /v1/manage/group/{groupId}`
        """
        response = self.with_raw_response.update_group(
            body=body,
            group_id=group_id,
        )
        self._runtime.raise_for_status(response)
        return cast("GroupEnvelope", response.parsed)

    def delete_group(
        self,
        group_id: str,
    ) -> DeleteResult:
        """Delete a conversation group

        Deletes the group; the conversations it selected are not affected.

        `DELETE /v1/manage/group/{groupId}`
        """
        response = self.with_raw_response.delete_group(
            group_id=group_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)

    def list_group_conversations(
        self,
        group_id: str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        order: ListGroupConversationsOrder | Unset = ListGroupConversationsOrder.ASC,
        sort: str | Unset = "conversation.startTime",
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        filter_: str | Unset = UNSET,
    ) -> ConversationList:
        """List the conversations of a group

        Returns the conversations matching the group's criteria, one page at a time, with the
        same query parameters and response as `listConversations`: `offset`/`limit` paging,
        `order`/`sort`, a `startTime`/`endTime` window (the last 7 days by default) and an
        RSQL `filter`. No total count or next-page token is returned; a page shorter than
        `limit` is the last one.

        `GET /v1/groups/{groupId}/conversations`
        """
        response = self.with_raw_response.list_group_conversations(
            limit=limit,
            offset=offset,
            order=order,
            sort=sort,
            start_time=start_time,
            end_time=end_time,
            filter_=filter_,
            group_id=group_id,
        )
        self._runtime.raise_for_status(response)
        return cast("ConversationList", response.parsed)

    def iter_list_group_conversations(
        self,
        group_id: str,
        *,
        order: ListGroupConversationsOrder | Unset = ListGroupConversationsOrder.ASC,
        sort: str | Unset = "conversation.startTime",
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        filter_: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
    ) -> SyncPager[Conversation]:
        """Every item of `list_group_conversations`, requesting page after page.

        `page_size` items per request (the API's default when None), at most `max_items` in
        all, starting at `start_offset` (to resume a walk).
        """

        def fetch(offset: int, limit: int) -> list[Conversation]:
            page = self.list_group_conversations(
                group_id=group_id,
                limit=limit,
                offset=offset,
                order=order,
                sort=sort,
                start_time=start_time,
                end_time=end_time,
                filter_=filter_,
            )
            items = page.conversations
            return [] if isinstance(items, Unset) else list(items)

        return self._runtime.paginate(
            "list_group_conversations", fetch, page_size=page_size, max_items=max_items, start_offset=start_offset
        )


class JobsRawResource:
    """`jobs` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def get_job_status(
        self,
        job_id: UUID,
    ) -> Response[Error | JobStatus]:
        """Get the status of a job

        Status of a processing job. Poll until `completed` (the conversation's insights are
        ready) or `failed`. `scheduled` and `in_progress` mean keep waiting; a `webhookUrl` on
        the processing request is the push alternative (see the `jobStatus` webhook).

        `GET /v1/job/{jobId}`
        """
        from .api.jobs import get_job_status as operation

        return operation.sync_detailed(
            job_id=job_id,
            client=self._runtime.client,
        )


class JobsResource:
    """jobs operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = JobsRawResource(runtime)

    def get_job_status(
        self,
        job_id: UUID,
    ) -> JobStatus:
        """Get the status of a job

        Status of a processing job. Poll until `completed` (the conversation's insights are
        ready) or `failed`. `scheduled` and `in_progress` mean keep waiting; a `webhookUrl` on
        the processing request is the push alternative (see the `jobStatus` webhook).

        `GET /v1/job/{jobId}`
        """
        response = self.with_raw_response.get_job_status(
            job_id=job_id,
        )
        self._runtime.raise_for_status(response)
        return cast("JobStatus", response.parsed)


class ProcessRawResource:
    """`process` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def submit_text(
        self,
        *,
        body: TextProcessRequest,
    ) -> Response[AsyncJobResponse | Error]:
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
        from .api.process import submit_text as operation

        return operation.sync_detailed(
            body=body,
            client=self._runtime.client,
        )

    def append_text(
        self,
        conversation_id: str,
        *,
        body: TextProcessRequest,
    ) -> Response[AsyncJobResponse | Error]:
        """Append text messages to a conversation

        Adds messages to an existing conversation and starts a job that recomputes its insights.
        Several appends to the same conversation are processed one after another, in the order
        they were submitted. Not safe to retry blindly: a repeated PUT appends the messages
        twice.

        Options and status codes as for `submitText` (201 primary, 200 also documented); 404 when
        the conversation does not exist.

        `PUT /v1/process/text/{conversationId}`
        """
        from .api.process import append_text as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )

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
        from .api.process import submit_audio as operation

        return operation.sync_detailed(
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
            client=self._runtime.client,
        )

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
        """Append an audio file to a conversation

        Uploads another recording for an existing conversation and starts a job that
        transcribes it and recomputes the insights. Several appends to the same conversation
        are processed one after another, in submission order. Not safe to retry blindly: a
        repeated PUT appends the audio twice.

        Body, formats, limits and query options as for `submitAudio`; 201 primary, 200 also
        documented; 404 when the conversation does not exist.

        `PUT /v1/process/audio/{conversationId}`
        """
        from .api.process import append_audio as operation

        return operation.sync_detailed(
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
            client=self._runtime.client,
        )

    def submit_audio_url(
        self,
        *,
        body: MediaUrlProcessRequest,
    ) -> Response[AsyncJobResponse | Error]:
        """Submit an audio file by URL

        Has Symbl download a recording from a public URL and starts a job that transcribes it
        and derives its insights. The URL must serve the file directly (no redirects, no
        YouTube-style pages). Formats and the 4-hour limit as for `submitAudio`.

        All options travel in the JSON body. Symbl's generated client sends
        `enableSpeakerDiarization` and `diarizationSpeakerCount` as query parameters instead;
        this description follows the documentation and the Go SDK and keeps them in the body.
        201 primary, 200 also documented (the sources disagree).

        `POST /v1/process/audio/url`
        """
        from .api.process import submit_audio_url as operation

        return operation.sync_detailed(
            body=body,
            client=self._runtime.client,
        )

    def append_audio_url(
        self,
        conversation_id: str,
        *,
        body: MediaUrlProcessRequest,
    ) -> Response[AsyncJobResponse | Error]:
        """Append an audio file by URL to a conversation

        Has Symbl download another recording for an existing conversation and starts a job that
        transcribes it and recomputes the insights. Appends to one conversation are processed in
        submission order. Not safe to retry blindly: a repeated PUT appends the audio twice.

        Body as for `submitAudioUrl`; 201 primary, 200 also documented; 404 when the
        conversation does not exist.

        `PUT /v1/process/audio/url/{conversationId}`
        """
        from .api.process import append_audio_url as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )

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
        """Submit a video file

        Uploads an mp4 video as the raw request body (not multipart) and starts a job that
        transcribes its audio track and derives the insights. Options go in the query string,
        exactly as for `submitAudio`; list- and object-valued options are URL-encoded JSON.

        Only `video/mp4` is accepted and the `Content-Type` header is required; at most 4 hours;
        send `Content-Length`. 201 primary, 200 also documented (the sources disagree).

        `POST /v1/process/video`
        """
        from .api.process import submit_video as operation

        return operation.sync_detailed(
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
            client=self._runtime.client,
        )

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
        """Append a video file to a conversation

        Uploads another mp4 video for an existing conversation and starts a job that
        transcribes it and recomputes the insights. Appends to one conversation are processed
        in submission order. Not safe to retry blindly: a repeated PUT appends the video twice.

        Body, limits and query options as for `submitVideo`; 201 primary, 200 also documented;
        404 when the conversation does not exist.

        `PUT /v1/process/video/{conversationId}`
        """
        from .api.process import append_video as operation

        return operation.sync_detailed(
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
            client=self._runtime.client,
        )

    def submit_video_url(
        self,
        *,
        body: MediaUrlProcessRequest,
    ) -> Response[AsyncJobResponse | Error]:
        """Submit a video file by URL

        Has Symbl download an mp4 video from a public URL and starts a job that transcribes it
        and derives its insights. The URL must serve the file directly (no redirects, no
        YouTube-style pages); at most 4 hours. All options travel in the JSON body, as for
        `submitAudioUrl`. 201 primary, 200 also documented (the sources disagree).

        `POST /v1/process/video/url`
        """
        from .api.process import submit_video_url as operation

        return operation.sync_detailed(
            body=body,
            client=self._runtime.client,
        )

    def append_video_url(
        self,
        conversation_id: str,
        *,
        body: MediaUrlProcessRequest,
    ) -> Response[AsyncJobResponse | Error]:
        """Append a video file by URL to a conversation

        Has Symbl download another mp4 video for an existing conversation and starts a job that
        transcribes it and recomputes the insights. Appends to one conversation are processed in
        submission order. Not safe to retry blindly: a repeated PUT appends the video twice.

        Body as for `submitVideoUrl`; 201 primary, 200 also documented; 404 when the
        conversation does not exist.

        `PUT /v1/process/video/url/{conversationId}`
        """
        from .api.process import append_video_url as operation

        return operation.sync_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )


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
    ) -> SyncJob:
        """Submit an audio file by URL

        Has Symbl download a recording from a public URL and starts a job that transcribes it
        and derives its insights. The URL must serve the file directly (no redirects, no
        YouTube-style pages). Formats and the 4-hour limit as for `submitAudio`.

        All options travel in the JSON body. Symbl's generated client sends
        `enableSpeakerDiarization` and `diarizationSpeakerCount` as query parameters instead;
        this description follows the documentation and the Go SDK and keeps them in the body.
        201 primary, 200 also documented (the sources disagree).

        `POST /v1/process/audio/url`
        """
        response = self.with_raw_response.submit_audio_url(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("submit_audio_url", response.parsed)

    def append_audio_url(
        self,
        conversation_id: str,
        *,
        body: MediaUrlProcessRequest,
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
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("submit_video_url", response.parsed)

    def append_video_url(
        self,
        conversation_id: str,
        *,
        body: MediaUrlProcessRequest,
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
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("append_video_url", response.parsed)


class SettingsRawResource:
    """`settings` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def get_settings(
        self,
    ) -> Response[Error | SettingsEnvelope]:
        """Get the account settings

        Returns the account's settings. Only settings that were configured are present;
        Symbl says the body is empty when none were, so `settings` itself is optional.

        `GET /v1/manage/settings`
        """
        from .api.settings import get_settings as operation

        return operation.sync_detailed(
            client=self._runtime.client,
        )

    def update_settings(
        self,
        *,
        body: list[JsonPatchOperation],
    ) -> Response[Error | SettingsEnvelope]:
        """Update the account settings

        Changes settings with a JSON-Patch (RFC 6902) array sent as `application/json`, as in
        Symbl's guide. Use `add` the first time a setting is configured and `replace`
        afterwards; for example path `/redaction` for redaction or
        `/intelligence/bookmarks/duration` for the default bookmark length. Returns all the
        settings after the change.

        `PATCH /v1/manage/settings`
        """
        from .api.settings import update_settings as operation

        return operation.sync_detailed(
            body=body,
            client=self._runtime.client,
        )


class SettingsResource:
    """settings operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = SettingsRawResource(runtime)

    def get_settings(
        self,
    ) -> SettingsEnvelope:
        """Get the account settings

        Returns the account's settings. Only settings that were configured are present;
        Symbl says the body is empty when none were, so `settings` itself is optional.

        `GET /v1/manage/settings`
        """
        response = self.with_raw_response.get_settings()
        self._runtime.raise_for_status(response)
        return cast("SettingsEnvelope", response.parsed)

    def update_settings(
        self,
        *,
        body: list[JsonPatchOperation],
    ) -> SettingsEnvelope:
        """Update the account settings

        Changes settings with a JSON-Patch (RFC 6902) array sent as `application/json`, as in
        Symbl's guide. Use `add` the first time a setting is configured and `replace`
        afterwards; for example path `/redaction` for redaction or
        `/intelligence/bookmarks/duration` for the default bookmark length. Returns all the
        settings after the change.

        `PATCH /v1/manage/settings`
        """
        response = self.with_raw_response.update_settings(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("SettingsEnvelope", response.parsed)


class TelephonyRawResource:
    """`telephony` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def connect_endpoint(
        self,
        *,
        body: EndpointStartRequest | EndpointStopRequest,
    ) -> Response[EndpointConnectResponse | Error]:
        """Start or stop a telephony connection

        `operation: start` makes Symbl dial into a call over PSTN (`endpoint.type: pstn`, with
        `phoneNumber` and optional `dtmf`) or SIP (`endpoint.type: sip`, with `uri` and optional
        `audioConfig`) and returns a `connectionId` and the `conversationId` the call's
        insights are written to. `operation: stop` with that `connectionId` hangs up; the
        `connectionId` is no longer valid afterwards (a stop for an unknown or closed
        connection is described as `404`, one of the codes Symbl's sample code handles).

        The body is one of two shapes told apart by the constant `operation` field
        (`EndpointStartRequest` or `EndpointStopRequest`).

        Symbl's documentation samples expect `201 Created`; as for the processing endpoints
        (project decision 2) `200` with the same body is also documented, and the mock answers
        `201`. The fields `intents`, `endpointWebhookUrl`, `callbackUrl`, `headers`,
        `validationToken`, the endpoint's `language`, `timezoneOffset`, `idleTimeout` and
        `transportConfig`, and `summaryInfo` in the response appear only in Symbl's generated
        client (`symbl_rest`), not in the prose documentation.

        `POST /v1/endpoint:connect`
        """
        from .api.telephony import connect_endpoint as operation

        return operation.sync_detailed(
            body=body,
            client=self._runtime.client,
        )

    def push_event(
        self,
        connection_id: UUID,
        *,
        body: ExternalEvent,
    ) -> Response[Error | StatusMessage]:
        """Push a speaker event into a telephony connection

        Tells Symbl who is speaking on a live telephony connection (`topic: speaker`,
        `type: started_speaking` or `stopped_speaking`) so the transcript is attributed to the
        right person. This is the `eventUrl` returned by `connectEndpoint`. The body shape comes
        from Symbl's generated client (`ExternalEvent`) and the active-speaker-events guide;
        the acknowledgement body is not documented, so a plain `message` is described.

        `POST /v1/event/{connectionId}`
        """
        from .api.telephony import push_event as operation

        return operation.sync_detailed(
            connection_id=connection_id,
            body=body,
            client=self._runtime.client,
        )


class TelephonyResource:
    """telephony operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = TelephonyRawResource(runtime)

    def connect_endpoint(
        self,
        *,
        body: EndpointStartRequest | EndpointStopRequest,
    ) -> EndpointConnectResponse:
        """Start or stop a telephony connection

        `operation: start` makes Symbl dial into a call over PSTN (`endpoint.type: pstn`, with
        `phoneNumber` and optional `dtmf`) or SIP (`endpoint.type: sip`, with `uri` and optional
        `audioConfig`) and returns a `connectionId` and the `conversationId` the call's
        insights are written to. `operation: stop` with that `connectionId` hangs up; the
        `connectionId` is no longer valid afterwards (a stop for an unknown or closed
        connection is described as `404`, one of the codes Symbl's sample code handles).

        The body is one of two shapes told apart by the constant `operation` field
        (`EndpointStartRequest` or `EndpointStopRequest`).

        Symbl's documentation samples expect `201 Created`; as for the processing endpoints
        (project decision 2) `200` with the same body is also documented, and the mock answers
        `201`. The fields `intents`, `endpointWebhookUrl`, `callbackUrl`, `headers`,
        `validationToken`, the endpoint's `language`, `timezoneOffset`, `idleTimeout` and
        `transportConfig`, and `summaryInfo` in the response appear only in Symbl's generated
        client (`symbl_rest`), not in the prose documentation.

        `POST /v1/endpoint:connect`
        """
        response = self.with_raw_response.connect_endpoint(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("EndpointConnectResponse", response.parsed)

    def push_event(
        self,
        connection_id: UUID,
        *,
        body: ExternalEvent,
    ) -> StatusMessage:
        """Push a speaker event into a telephony connection

        Tells Symbl who is speaking on a live telephony connection (`topic: speaker`,
        `type: started_speaking` or `stopped_speaking`) so the transcript is attributed to the
        right person. This is the `eventUrl` returned by `connectEndpoint`. The body shape comes
        from Symbl's generated client (`ExternalEvent`) and the active-speaker-events guide;
        the acknowledgement body is not documented, so a plain `message` is described.

        `POST /v1/event/{connectionId}`
        """
        response = self.with_raw_response.push_event(
            body=body,
            connection_id=connection_id,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)


class TrackersRawResource:
    """`trackers` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list_trackers(
        self,
        *,
        name: str | Unset = UNSET,
    ) -> Response[Error | TrackerList]:
        """List trackers

        Returns every tracker of the account in one response (no pagination), or only the
        tracker whose name matches `name` exactly (case-sensitive). One 2022 example shows a
        singular `tracker` wrapper here; the list wrapper `trackers` is used, as in the other
        examples and the Go SDK.

        `GET /v1/manage/trackers`
        """
        from .api.trackers import list_trackers as operation

        return operation.sync_detailed(
            name=name,
            client=self._runtime.client,
        )

    def create_tracker(
        self,
        *,
        body: TrackerRequest,
    ) -> Response[Error | TrackerEnvelope]:
        """Create a tracker

        Creates one account-wide tracker: a named set of phrases Symbl looks for (exactly and
        by meaning) in conversations. Names are unique per account and case-sensitive; a
        duplicate name answers `409`. An account holds up to 500 trackers; 5 to 50
        vocabulary terms are recommended, and terms may use only letters, digits, spaces and
        the punctuation `.` `'` `-`. Bodies over 1 MB answer `413`; the API allows one
        concurrent create or update per account (`429` otherwise).

        Symbl's 2022 documentation used this path for *bulk* creation with an array body;
        following the newer guide and Go SDK (project decision 3) it creates a single tracker
        and bulk creation moved to `POST /v1/manage/trackers/bulk`. The success status is not
        stated by Symbl: `201` is documented as primary and `200` with the same body is also
        accepted.

        `POST /v1/manage/trackers`
        """
        from .api.trackers import create_tracker as operation

        return operation.sync_detailed(
            body=body,
            client=self._runtime.client,
        )

    def create_trackers_bulk(
        self,
        *,
        body: list[TrackerRequest],
    ) -> Response[Error | TrackerList]:
        """Create several trackers

        Creates each tracker of the array separately and returns them all. Same rules as
        `createTracker` (unique case-sensitive names, 1 MB body, one concurrent request).
        The newer guide and Go SDK use this path; the 2022 documentation posted the array to
        `/v1/manage/trackers` instead (project decision 3). `201` is primary; `200` with the
        same body is also accepted.

        `POST /v1/manage/trackers/bulk`
        """
        from .api.trackers import create_trackers_bulk as operation

        return operation.sync_detailed(
            body=body,
            client=self._runtime.client,
        )

    def get_tracker(
        self,
        tracker_id: str,
    ) -> Response[Error | TrackerEnvelope]:
        """Get a tracker

        Returns one tracker by id.

        `GET /v1/manage/trackers/{trackerId}`
        """
        from .api.trackers import get_tracker as operation

        return operation.sync_detailed(
            tracker_id=tracker_id,
            client=self._runtime.client,
        )

    def delete_tracker(
        self,
        tracker_id: str,
    ) -> Response[DeleteResult | Error]:
        """Delete a tracker

        Deletes a tracker. The Go SDK ignores the body; the 2022 documentation shows
        `{id, type: tracker, deleted: true}`, which is described.

        `DELETE /v1/manage/trackers/{trackerId}`
        """
        from .api.trackers import delete_tracker as operation

        return operation.sync_detailed(
            tracker_id=tracker_id,
            client=self._runtime.client,
        )

    def update_tracker(
        self,
        tracker_id: str,
        *,
        body: list[TrackerPatchOperation],
    ) -> Response[Error | TrackerEnvelope]:
        """Update a tracker

        Changes a tracker with a JSON-Patch (RFC 6902) array. Each operation is `add`,
        `replace` or `remove` on one of `/name`, `/description`, `/categories`, `/languages`,
        `/vocabulary`, `/excludeVocabulary`. Symbl's newer guide and Go SDK send the array as
        `application/json` (not `application/json-patch+json`), so that is the media type
        described. Renaming to an existing name answers `409`; the 1 MB and one-concurrent
        request limits of `createTracker` apply. This replaces the 2022 `PUT
        /v1/manage/tracker/{trackerId}` (project decision 3).

        `PATCH /v1/manage/trackers/{trackerId}`
        """
        from .api.trackers import update_tracker as operation

        return operation.sync_detailed(
            tracker_id=tracker_id,
            body=body,
            client=self._runtime.client,
        )

    def create_tracker_legacy(
        self,
        *,
        body: TrackerRequest,
    ) -> Response[Error | TrackerEnvelope]:
        """Create a tracker (2022 path) (deprecated)

        Deprecated: use `createTracker` (`POST /v1/manage/trackers`). The 2022 singular path
        kept for existing callers (project decision 3); it knew only `name` and `vocabulary`.
        Same rules and errors as `createTracker`.

        `POST /v1/manage/tracker`
        """
        from .api.trackers import create_tracker_legacy as operation

        return operation.sync_detailed(
            body=body,
            client=self._runtime.client,
        )

    def get_tracker_legacy(
        self,
        tracker_id: str,
    ) -> Response[Error | TrackerEnvelope]:
        """Get a tracker (2022 path) (deprecated)

        Deprecated; use `getTracker` (`GET /v1/manage/trackers/{trackerId}`). Same response.

        `GET /v1/manage/tracker/{trackerId}`
        """
        from .api.trackers import get_tracker_legacy as operation

        return operation.sync_detailed(
            tracker_id=tracker_id,
            client=self._runtime.client,
        )

    def update_tracker_legacy(
        self,
        tracker_id: str,
        *,
        body: LegacyTrackerUpdate,
    ) -> Response[Error | TrackerEnvelope]:
        """Update a tracker (2022 path) (deprecated)

        Deprecated; use `updateTracker` (`PATCH /v1/manage/trackers/{trackerId}` with
        JSON-Patch). Sends the tracker's `name` and `vocabulary`. The 2022 text calls this an
        update while its example response shows the old and new vocabulary merged, so the
        result may be a union of the terms rather than a replacement; `updateTracker` states
        the intent explicitly.

        `PUT /v1/manage/tracker/{trackerId}`
        """
        from .api.trackers import update_tracker_legacy as operation

        return operation.sync_detailed(
            tracker_id=tracker_id,
            body=body,
            client=self._runtime.client,
        )

    def delete_tracker_legacy(
        self,
        tracker_id: str,
    ) -> Response[DeleteResult | Error]:
        """Delete a tracker (2022 path) (deprecated)

        Deprecated; use `deleteTracker` (`DELETE /v1/manage/trackers/{trackerId}`). Same response.

        `DELETE /v1/manage/tracker/{trackerId}`
        """
        from .api.trackers import delete_tracker_legacy as operation

        return operation.sync_detailed(
            tracker_id=tracker_id,
            client=self._runtime.client,
        )


class TrackersResource:
    """trackers operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = TrackersRawResource(runtime)

    def list_trackers(
        self,
        *,
        name: str | Unset = UNSET,
    ) -> TrackerList:
        """List trackers

        Returns every tracker of the account in one response (no pagination), or only the
        tracker whose name matches `name` exactly (case-sensitive). One 2022 example shows a
        singular `tracker` wrapper here; the list wrapper `trackers` is used, as in the other
        examples and the Go SDK.

        `GET /v1/manage/trackers`
        """
        response = self.with_raw_response.list_trackers(
            name=name,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerList", response.parsed)

    def create_tracker(
        self,
        *,
        body: TrackerRequest,
    ) -> TrackerEnvelope:
        """Create a tracker

        Creates one account-wide tracker: a named set of phrases Symbl looks for (exactly and
        by meaning) in conversations. Names are unique per account and case-sensitive; a
        duplicate name answers `409`. An account holds up to 500 trackers; 5 to 50
        vocabulary terms are recommended, and terms may use only letters, digits, spaces and
        the punctuation `.` `'` `-`. Bodies over 1 MB answer `413`; the API allows one
        concurrent create or update per account (`429` otherwise).

        Symbl's 2022 documentation used this path for *bulk* creation with an array body;
        following the newer guide and Go SDK (project decision 3) it creates a single tracker
        and bulk creation moved to `POST /v1/manage/trackers/bulk`. The success status is not
        stated by Symbl: `201` is documented as primary and `200` with the same body is also
        accepted.

        `POST /v1/manage/trackers`
        """
        response = self.with_raw_response.create_tracker(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    def create_trackers_bulk(
        self,
        *,
        body: list[TrackerRequest],
    ) -> TrackerList:
        """Create several trackers

        Creates each tracker of the array separately and returns them all. Same rules as
        `createTracker` (unique case-sensitive names, 1 MB body, one concurrent request).
        The newer guide and Go SDK use this path; the 2022 documentation posted the array to
        `/v1/manage/trackers` instead (project decision 3). `201` is primary; `200` with the
        same body is also accepted.

        `POST /v1/manage/trackers/bulk`
        """
        response = self.with_raw_response.create_trackers_bulk(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerList", response.parsed)

    def get_tracker(
        self,
        tracker_id: str,
    ) -> TrackerEnvelope:
        """Get a tracker

        Returns one tracker by id.

        `GET /v1/manage/trackers/{trackerId}`
        """
        response = self.with_raw_response.get_tracker(
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    def delete_tracker(
        self,
        tracker_id: str,
    ) -> DeleteResult:
        """Delete a tracker

        Deletes a tracker. The Go SDK ignores the body; the 2022 documentation shows
        `{id, type: tracker, deleted: true}`, which is described.

        `DELETE /v1/manage/trackers/{trackerId}`
        """
        response = self.with_raw_response.delete_tracker(
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)

    def update_tracker(
        self,
        tracker_id: str,
        *,
        body: list[TrackerPatchOperation],
    ) -> TrackerEnvelope:
        """Update a tracker

        Changes a tracker with a JSON-Patch (RFC 6902) array. Each operation is `add`,
        `replace` or `remove` on one of `/name`, `/description`, `/categories`, `/languages`,
        `/vocabulary`, `/excludeVocabulary`. Symbl's newer guide and Go SDK send the array as
        `application/json` (not `application/json-patch+json`), so that is the media type
        described. Renaming to an existing name answers `409`; the 1 MB and one-concurrent
        request limits of `createTracker` apply. This replaces the 2022 `PUT
        /v1/manage/tracker/{trackerId}` (project decision 3).

        `PATCH /v1/manage/trackers/{trackerId}`
        """
        response = self.with_raw_response.update_tracker(
            body=body,
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    def create_tracker_legacy(
        self,
        *,
        body: TrackerRequest,
    ) -> TrackerEnvelope:
        """Create a tracker (2022 path) (deprecated)

        Deprecated: use `createTracker` (`POST /v1/manage/trackers`). The 2022 singular path
        kept for existing callers (project decision 3); it knew only `name` and `vocabulary`.
        Same rules and errors as `createTracker`.

        `POST /v1/manage/tracker`
        """
        response = self.with_raw_response.create_tracker_legacy(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    def get_tracker_legacy(
        self,
        tracker_id: str,
    ) -> TrackerEnvelope:
        """Get a tracker (2022 path) (deprecated)

        Deprecated; use `getTracker` (`GET /v1/manage/trackers/{trackerId}`). Same response.

        `GET /v1/manage/tracker/{trackerId}`
        """
        response = self.with_raw_response.get_tracker_legacy(
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    def update_tracker_legacy(
        self,
        tracker_id: str,
        *,
        body: LegacyTrackerUpdate,
    ) -> TrackerEnvelope:
        """Update a tracker (2022 path) (deprecated)

        Deprecated; use `updateTracker` (`PATCH /v1/manage/trackers/{trackerId}` with
        JSON-Patch). Sends the tracker's `name` and `vocabulary`. The 2022 text calls this an
        update while its example response shows the old and new vocabulary merged, so the
        result may be a union of the terms rather than a replacement; `updateTracker` states
        the intent explicitly.

        `PUT /v1/manage/tracker/{trackerId}`
        """
        response = self.with_raw_response.update_tracker_legacy(
            body=body,
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    def delete_tracker_legacy(
        self,
        tracker_id: str,
    ) -> DeleteResult:
        """Delete a tracker (2022 path) (deprecated)

        Deprecated; use `deleteTracker` (`DELETE /v1/manage/trackers/{trackerId}`). Same response.

        `DELETE /v1/manage/tracker/{trackerId}`
        """
        response = self.with_raw_response.delete_tracker_legacy(
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)


class ConversationHandle:
    """One conversation: every operation on `/…/{conversationId}` without repeating the id."""

    def __init__(self, resources: SymblResources, conversation_id: str) -> None:
        self._resources = resources
        self.conversation_id = conversation_id

    def __repr__(self) -> str:
        return f"ConversationHandle(conversation_id={self.conversation_id!r})"

    def list_bookmarks(
        self,
    ) -> BookmarkList:
        """List the bookmarks of a conversation (see `client.bookmarks.list_bookmarks`)."""
        return self._resources.bookmarks.list_bookmarks(
            self.conversation_id,
        )

    def create_bookmark(
        self,
        *,
        body: BookmarkRequest,
    ) -> Bookmark:
        """Create a bookmark (see `client.bookmarks.create_bookmark`)."""
        return self._resources.bookmarks.create_bookmark(
            self.conversation_id,
            body=body,
        )

    def create_bookmarks_bulk(
        self,
        *,
        body: list[BookmarkRequest],
    ) -> BookmarkList:
        """Create several bookmarks at once (see `client.bookmarks.create_bookmarks_bulk`)."""
        return self._resources.bookmarks.create_bookmarks_bulk(
            self.conversation_id,
            body=body,
        )

    def get_bookmark(
        self,
        bookmark_id: str,
    ) -> Bookmark:
        """Get a bookmark (see `client.bookmarks.get_bookmark`)."""
        return self._resources.bookmarks.get_bookmark(
            self.conversation_id,
            bookmark_id=bookmark_id,
        )

    def update_bookmark(
        self,
        bookmark_id: str,
        *,
        body: BookmarkRequest,
    ) -> Bookmark:
        """Replace a bookmark (see `client.bookmarks.update_bookmark`)."""
        return self._resources.bookmarks.update_bookmark(
            self.conversation_id,
            bookmark_id=bookmark_id,
            body=body,
        )

    def delete_bookmark(
        self,
        bookmark_id: str,
    ) -> None:
        """Delete a bookmark (see `client.bookmarks.delete_bookmark`)."""
        return self._resources.bookmarks.delete_bookmark(
            self.conversation_id,
            bookmark_id=bookmark_id,
        )

    def get_bookmark_summary(
        self,
        bookmark_id: str,
    ) -> BookmarkSummary:
        """Summarize one bookmark (see `client.bookmarks.get_bookmark_summary`)."""
        return self._resources.bookmarks.get_bookmark_summary(
            self.conversation_id,
            bookmark_id=bookmark_id,
        )

    def get_bookmarks_summary(
        self,
    ) -> BookmarksSummaryList:
        """Summarize all bookmarks of a conversation (see `client.bookmarks.get_bookmarks_summary`)."""
        return self._resources.bookmarks.get_bookmarks_summary(
            self.conversation_id,
        )

    def get_conversation(
        self,
    ) -> Conversation:
        """Get a conversation (see `client.conversations.get_conversation`)."""
        return self._resources.conversations.get_conversation(
            self.conversation_id,
        )

    def update_conversation(
        self,
        *,
        body: UpdateConversationRequest,
    ) -> UpdatedConversation:
        """Update a conversation's metadata (see `client.conversations.update_conversation`)."""
        return self._resources.conversations.update_conversation(
            self.conversation_id,
            body=body,
        )

    def delete_conversation(
        self,
    ) -> StatusMessage:
        """Delete a conversation (see `client.conversations.delete_conversation`)."""
        return self._resources.conversations.delete_conversation(
            self.conversation_id,
        )

    def get_messages(
        self,
        *,
        verbose: bool | Unset = False,
        sentiment: bool | Unset = False,
        redact: bool | Unset = False,
        exclude: list[str] | Unset = UNSET,
    ) -> MessageList:
        """Get the transcript messages (see `client.conversations.get_messages`)."""
        return self._resources.conversations.get_messages(
            self.conversation_id,
            verbose=verbose,
            sentiment=sentiment,
            redact=redact,
            exclude=exclude,
        )

    def get_members(
        self,
    ) -> MemberList:
        """List the conversation's members (see `client.conversations.get_members`)."""
        return self._resources.conversations.get_members(
            self.conversation_id,
        )

    def update_member(
        self,
        member_id: UUID,
        *,
        body: UpdateMemberRequest,
    ) -> StatusMessage:
        """Update a member's name and email (see `client.conversations.update_member`)."""
        return self._resources.conversations.update_member(
            self.conversation_id,
            member_id=member_id,
            body=body,
        )

    def update_speaker_events(
        self,
        *,
        body: SpeakerEventsRequest,
    ) -> StatusMessage:
        """Attribute speech to speakers with speaker events (see `client.conversations.update_speaker_events`)."""
        return self._resources.conversations.update_speaker_events(
            self.conversation_id,
            body=body,
        )

    def get_topics(
        self,
        *,
        sentiment: bool | Unset = False,
        parent_refs: bool | Unset = False,
        custom_topic_vocabulary: str | Unset = UNSET,
        refresh: bool | Unset = False,
    ) -> TopicList:
        """Get the topics (see `client.conversations.get_topics`)."""
        return self._resources.conversations.get_topics(
            self.conversation_id,
            sentiment=sentiment,
            parent_refs=parent_refs,
            custom_topic_vocabulary=custom_topic_vocabulary,
            refresh=refresh,
        )

    def get_questions(
        self,
    ) -> QuestionList:
        """Get the questions (see `client.conversations.get_questions`)."""
        return self._resources.conversations.get_questions(
            self.conversation_id,
        )

    def get_action_items(
        self,
    ) -> ActionItemList:
        """Get the action items (see `client.conversations.get_action_items`)."""
        return self._resources.conversations.get_action_items(
            self.conversation_id,
        )

    def get_follow_ups(
        self,
    ) -> FollowUpList:
        """Get the follow-ups (see `client.conversations.get_follow_ups`)."""
        return self._resources.conversations.get_follow_ups(
            self.conversation_id,
        )

    def get_insights(
        self,
    ) -> InsightList:
        """Get all insights (legacy) (see `client.conversations.get_insights`)."""
        return self._resources.conversations.get_insights(
            self.conversation_id,
        )

    def get_entities(
        self,
    ) -> EntityList:
        """Get the detected entities (see `client.conversations.get_entities`)."""
        return self._resources.conversations.get_entities(
            self.conversation_id,
        )

    def get_trackers(
        self,
    ) -> list[DetectedTracker]:
        """Get the detected trackers (see `client.conversations.get_trackers`)."""
        return self._resources.conversations.get_trackers(
            self.conversation_id,
        )

    def get_trackers_detected(
        self,
    ) -> list[DetectedTracker]:
        """Get the detected trackers (deprecated path) (see `client.conversations.get_trackers_detected`)."""
        return self._resources.conversations.get_trackers_detected(
            self.conversation_id,
        )

    def get_analytics(
        self,
    ) -> Analytics:
        """Get the conversation analytics (see `client.conversations.get_analytics`)."""
        return self._resources.conversations.get_analytics(
            self.conversation_id,
        )

    def get_summary(
        self,
        *,
        refresh: bool | Unset = False,
    ) -> ConversationSummary:
        """Get the summary (see `client.conversations.get_summary`)."""
        return self._resources.conversations.get_summary(
            self.conversation_id,
            refresh=refresh,
        )

    def refresh_summary(
        self,
        *,
        refresh: bool | Unset = True,
    ) -> ConversationSummary:
        """Regenerate the summary (see `client.conversations.refresh_summary`)."""
        return self._resources.conversations.refresh_summary(
            self.conversation_id,
            refresh=refresh,
        )

    def get_formatted_transcript(
        self,
        *,
        body: FormattedTranscriptRequest,
    ) -> FormattedTranscript:
        """Get a formatted transcript (Markdown or SRT) (see `client.conversations.get_formatted_transcript`)."""
        return self._resources.conversations.get_formatted_transcript(
            self.conversation_id,
            body=body,
        )

    def get_call_score(
        self,
    ) -> CallScore:
        """Get the call score (see `client.conversations.get_call_score`)."""
        return self._resources.conversations.get_call_score(
            self.conversation_id,
        )

    def get_call_score_status(
        self,
    ) -> CallScoreStatus:
        """Get the status of the call score computation (see `client.conversations.get_call_score_status`)."""
        return self._resources.conversations.get_call_score_status(
            self.conversation_id,
        )

    def get_lm_insights_status(
        self,
    ) -> CallScoreStatus:
        """Get the status of the language-model insights (see `client.conversations.get_lm_insights_status`)."""
        return self._resources.conversations.get_lm_insights_status(
            self.conversation_id,
        )

    def get_comprehensive_action_items(
        self,
    ) -> ComprehensiveActionItemList:
        """Get comprehensive action items (Labs) (see `client.conversations.get_comprehensive_action_items`)."""
        return self._resources.conversations.get_comprehensive_action_items(
            self.conversation_id,
        )

    def get_abstract_topics(
        self,
    ) -> AbstractTopicList:
        """Get abstract topics (Labs) (see `client.conversations.get_abstract_topics`)."""
        return self._resources.conversations.get_abstract_topics(
            self.conversation_id,
        )

    def get_intents(
        self,
    ) -> IntentList:
        """Get the detected intents (see `client.conversations.get_intents`)."""
        return self._resources.conversations.get_intents(
            self.conversation_id,
        )

    def create_experience(
        self,
        *,
        body: ExperienceRequest,
    ) -> Experience:
        """Create a pre-built summary page (see `client.experiences.create_experience`)."""
        return self._resources.experiences.create_experience(
            self.conversation_id,
            body=body,
        )

    def get_insights_details_url(
        self,
        *,
        include_call_score: bool | Unset = UNSET,
    ) -> ExperienceUrl:
        """Get the Insights UI details page URL of a conversation (see `client.experiences.get_insights_details_url`)."""
        return self._resources.experiences.get_insights_details_url(
            self.conversation_id,
            include_call_score=include_call_score,
        )

    def set_experience_media_url(
        self,
        *,
        body: ExperienceMediaUrlRequest,
    ) -> StatusMessage:
        """Set the media URL played by the Insights UI (see `client.experiences.set_experience_media_url`)."""
        return self._resources.experiences.set_experience_media_url(
            self.conversation_id,
            body=body,
        )

    def append_text(
        self,
        *,
        body: TextProcessRequest,
    ) -> SyncJob:
        """Append text messages to a conversation (see `client.process.append_text`)."""
        return self._resources.process.append_text(
            self.conversation_id,
            body=body,
        )

    def append_audio(
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
        """Append an audio file to a conversation (see `client.process.append_audio`)."""
        return self._resources.process.append_audio(
            self.conversation_id,
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

    def append_audio_url(
        self,
        *,
        body: MediaUrlProcessRequest,
    ) -> SyncJob:
        """Append an audio file by URL to a conversation (see `client.process.append_audio_url`)."""
        return self._resources.process.append_audio_url(
            self.conversation_id,
            body=body,
        )

    def append_video(
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
        """Append a video file to a conversation (see `client.process.append_video`)."""
        return self._resources.process.append_video(
            self.conversation_id,
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

    def append_video_url(
        self,
        *,
        body: MediaUrlProcessRequest,
    ) -> SyncJob:
        """Append a video file by URL to a conversation (see `client.process.append_video_url`)."""
        return self._resources.process.append_video_url(
            self.conversation_id,
            body=body,
        )


class SymblResources:
    """Every tag of the spec as an attribute."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self.auth = AuthResource(runtime)
        self.bookmarks = BookmarksResource(runtime)
        self.conversations = ConversationsResource(runtime)
        self.entities = EntitiesResource(runtime)
        self.experiences = ExperiencesResource(runtime)
        self.groups = GroupsResource(runtime)
        self.jobs = JobsResource(runtime)
        self.process = ProcessResource(runtime)
        self.settings = SettingsResource(runtime)
        self.telephony = TelephonyResource(runtime)
        self.trackers = TrackersResource(runtime)

    def conversation(self, conversation_id: str) -> ConversationHandle:
        """A handle on one conversation's resources."""
        return ConversationHandle(self, conversation_id)


class AsyncAuthRawResource:
    """`auth` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def generate_token(
        self,
        *,
        body: TokenRequest,
    ) -> Response[Error | Token]:
        """Generate an access token

        Exchanges the application's `appId` and `appSecret` (from platform.symbl.ai) for a JWT
        access token, valid for `expiresIn` seconds (86400 by default). While a token is still
        valid Symbl may return the same token with its remaining lifetime. The `password`
        grant appears only in Symbl's generated client.

        `POST /oauth2/token:generate`
        """
        from .api.auth import generate_token as operation

        return await operation.asyncio_detailed(
            body=body,
            client=self._runtime.client,
        )

    async def refresh_token(
        self,
        *,
        body: TokenRefreshRequest,
    ) -> Response[Error | Token]:
        """Refresh an access token

        Exchanges a refresh token for a new access token. Seen only in Symbl's generated
        client (`symbl_rest`); not in the prose documentation. Generating a new token with
        `generateToken` is the documented way to renew.

        `POST /oauth2/token:refresh`
        """
        from .api.auth import refresh_token as operation

        return await operation.asyncio_detailed(
            body=body,
            client=self._runtime.client,
        )

    async def revoke_token(
        self,
        *,
        body: TokenRevokeRequest,
    ) -> Response[Error | StatusMessage]:
        """Revoke the application's tokens

        Revokes the tokens issued to an application. Seen only in Symbl's generated client
        (`symbl_rest`); not in the prose documentation.

        `DELETE /oauth2/token:revoke`
        """
        from .api.auth import revoke_token as operation

        return await operation.asyncio_detailed(
            body=body,
            client=self._runtime.client,
        )


class AsyncAuthResource:
    """auth operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncAuthRawResource(runtime)

    async def generate_token(
        self,
        *,
        body: TokenRequest,
    ) -> Token:
        """Generate an access token

        Exchanges the application's `appId` and `appSecret` (from platform.symbl.ai) for a JWT
        access token, valid for `expiresIn` seconds (86400 by default). While a token is still
        valid Symbl may return the same token with its remaining lifetime. The `password`
        grant appears only in Symbl's generated client.

        `POST /oauth2/token:generate`
        """
        response = await self.with_raw_response.generate_token(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("Token", response.parsed)

    async def refresh_token(
        self,
        *,
        body: TokenRefreshRequest,
    ) -> Token:
        """Refresh an access token

        Exchanges a refresh token for a new access token. Seen only in Symbl's generated
        client (`symbl_rest`); not in the prose documentation. Generating a new token with
        `generateToken` is the documented way to renew.

        `POST /oauth2/token:refresh`
        """
        response = await self.with_raw_response.refresh_token(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("Token", response.parsed)

    async def revoke_token(
        self,
        *,
        body: TokenRevokeRequest,
    ) -> StatusMessage:
        """Revoke the application's tokens

        Revokes the tokens issued to an application. Seen only in Symbl's generated client
        (`symbl_rest`); not in the prose documentation.

        `DELETE /oauth2/token:revoke`
        """
        response = await self.with_raw_response.revoke_token(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)


class AsyncBookmarksRawResource:
    """`bookmarks` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list_bookmarks(
        self,
        conversation_id: str,
    ) -> Response[BookmarkList | Error]:
        """List the bookmarks of a conversation

        Every bookmark of the conversation, in one response (no pagination is documented).
        An empty `bookmarks` array means the conversation exists but has no bookmarks.

        `GET /v1/conversations/{conversationId}/bookmarks`
        """
        from .api.bookmarks import list_bookmarks as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    async def create_bookmark(
        self,
        conversation_id: str,
        *,
        body: BookmarkRequest,
    ) -> Response[Bookmark | Error]:
        """Create a bookmark

        Bookmarks a span of the conversation. The span is given either by `beginTimeOffset`
        plus `duration` (seconds from the start of the conversation; every message inside the
        window belongs to the bookmark) or by `messageRefs` (ids of consecutive messages, from
        `GET …/messages`). Symbl rejects a body with neither; the two members of the time pair
        are required together.

        Status: Symbl's pages do not state the success code and its Go SDK accepts any 2xx;
        this description documents `201 Created` (the usual code for a created resource, and
        the one the mock answers). Clients should treat any 2xx as success.

        `POST /v1/conversations/{conversationId}/bookmarks`
        """
        from .api.bookmarks import create_bookmark as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )

    async def create_bookmarks_bulk(
        self,
        conversation_id: str,
        *,
        body: list[BookmarkRequest],
    ) -> Response[BookmarkList | Error]:
        """Create several bookmarks at once

        Creates one bookmark per element of the array; each element follows the same rules
        as `createBookmark` (time window or `messageRefs`). The response lists the created
        bookmarks with their ids, in request order.

        Status: as for `createBookmark`, Symbl does not state the code; `201 Created` is
        documented here and any 2xx should be treated as success.

        `POST /v1/conversations/{conversationId}/bookmarks/bulk`
        """
        from .api.bookmarks import create_bookmarks_bulk as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )

    async def get_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> Response[Bookmark | Error]:
        """Get a bookmark

        One bookmark of the conversation, as created or last replaced.

        `GET /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`
        """
        from .api.bookmarks import get_bookmark as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            bookmark_id=bookmark_id,
            client=self._runtime.client,
        )

    async def update_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
        *,
        body: BookmarkRequest,
    ) -> Response[Bookmark | Error]:
        """Replace a bookmark

        Full replacement, not a merge: every field omitted from the body is cleared (for
        example, leaving out `description` removes the existing description). Send the
        complete bookmark, including unchanged fields such as `label` or `messageRefs`. The
        same span rules as `createBookmark` apply.

        `PUT /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`
        """
        from .api.bookmarks import update_bookmark as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            bookmark_id=bookmark_id,
            body=body,
            client=self._runtime.client,
        )

    async def delete_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> Response[Any | Error]:
        """Delete a bookmark

        Deletes the bookmark permanently. Symbl answers `204 No Content` with no body.

        `DELETE /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`
        """
        from .api.bookmarks import delete_bookmark as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            bookmark_id=bookmark_id,
            client=self._runtime.client,
        )

    async def get_bookmark_summary(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> Response[BookmarkSummary | Error]:
        """Summarize one bookmark

        A summary of the messages inside the bookmark's span, in the same item shape as the
        conversation summary (`GET …/summary`). `messageRefs` lists the messages the summary
        was generated from. 404 while the conversation's job is still running.

        `GET /v1/conversations/{conversationId}/bookmarks/{bookmarkId}/summary`
        """
        from .api.bookmarks import get_bookmark_summary as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            bookmark_id=bookmark_id,
            client=self._runtime.client,
        )

    async def get_bookmarks_summary(
        self,
        conversation_id: str,
    ) -> Response[BookmarksSummaryList | Error]:
        """Summarize all bookmarks of a conversation

        One summary per bookmark of the conversation, each tagged with its `bookmarkId`.
        Symbl's guide mentions that the set can be filtered and the Go SDK appends raw filter
        strings to the query, but no parameter name is documented, so none is described here.

        `GET /v1/conversations/{conversationId}/bookmarks-summary`
        """
        from .api.bookmarks import get_bookmarks_summary as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )


class AsyncBookmarksResource:
    """bookmarks operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncBookmarksRawResource(runtime)

    async def list_bookmarks(
        self,
        conversation_id: str,
    ) -> BookmarkList:
        """List the bookmarks of a conversation

        Every bookmark of the conversation, in one response (no pagination is documented).
        An empty `bookmarks` array means the conversation exists but has no bookmarks.

        `GET /v1/conversations/{conversationId}/bookmarks`
        """
        response = await self.with_raw_response.list_bookmarks(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("BookmarkList", response.parsed)

    async def create_bookmark(
        self,
        conversation_id: str,
        *,
        body: BookmarkRequest,
    ) -> Bookmark:
        """Create a bookmark

        Bookmarks a span of the conversation. The span is given either by `beginTimeOffset`
        plus `duration` (seconds from the start of the conversation; every message inside the
        window belongs to the bookmark) or by `messageRefs` (ids of consecutive messages, from
        `GET …/messages`). Symbl rejects a body with neither; the two members of the time pair
        are required together.

        Status: Symbl's pages do not state the success code and its Go SDK accepts any 2xx;
        this description documents `201 Created` (the usual code for a created resource, and
        the one the mock answers). Clients should treat any 2xx as success.

        `POST /v1/conversations/{conversationId}/bookmarks`
        """
        response = await self.with_raw_response.create_bookmark(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("Bookmark", response.parsed)

    async def create_bookmarks_bulk(
        self,
        conversation_id: str,
        *,
        body: list[BookmarkRequest],
    ) -> BookmarkList:
        """Create several bookmarks at once

        Creates one bookmark per element of the array; each element follows the same rules
        as `createBookmark` (time window or `messageRefs`). The response lists the created
        bookmarks with their ids, in request order.

        Status: as for `createBookmark`, Symbl does not state the code; `201 Created` is
        documented here and any 2xx should be treated as success.

        `POST /v1/conversations/{conversationId}/bookmarks/bulk`
        """
        response = await self.with_raw_response.create_bookmarks_bulk(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("BookmarkList", response.parsed)

    async def get_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> Bookmark:
        """Get a bookmark

        One bookmark of the conversation, as created or last replaced.

        `GET /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`
        """
        response = await self.with_raw_response.get_bookmark(
            bookmark_id=bookmark_id,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("Bookmark", response.parsed)

    async def update_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
        *,
        body: BookmarkRequest,
    ) -> Bookmark:
        """Replace a bookmark

        Full replacement, not a merge: every field omitted from the body is cleared (for
        example, leaving out `description` removes the existing description). Send the
        complete bookmark, including unchanged fields such as `label` or `messageRefs`. The
        same span rules as `createBookmark` apply.

        `PUT /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`
        """
        response = await self.with_raw_response.update_bookmark(
            bookmark_id=bookmark_id,
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("Bookmark", response.parsed)

    async def delete_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> None:
        """Delete a bookmark

        Deletes the bookmark permanently. Symbl answers `204 No Content` with no body.

        `DELETE /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`
        """
        response = await self.with_raw_response.delete_bookmark(
            bookmark_id=bookmark_id,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)

    async def get_bookmark_summary(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> BookmarkSummary:
        """Summarize one bookmark

        A summary of the messages inside the bookmark's span, in the same item shape as the
        conversation summary (`GET …/summary`). `messageRefs` lists the messages the summary
        was generated from. 404 while the conversation's job is still running.

        `GET /v1/conversations/{conversationId}/bookmarks/{bookmarkId}/summary`
        """
        response = await self.with_raw_response.get_bookmark_summary(
            bookmark_id=bookmark_id,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("BookmarkSummary", response.parsed)

    async def get_bookmarks_summary(
        self,
        conversation_id: str,
    ) -> BookmarksSummaryList:
        """Summarize all bookmarks of a conversation

        One summary per bookmark of the conversation, each tagged with its `bookmarkId`.
        Symbl's guide mentions that the set can be filtered and the Go SDK appends raw filter
        strings to the query, but no parameter name is documented, so none is described here.

        `GET /v1/conversations/{conversationId}/bookmarks-summary`
        """
        response = await self.with_raw_response.get_bookmarks_summary(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("BookmarksSummaryList", response.parsed)


class AsyncConversationsRawResource:
    """`conversations` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list_conversations(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        order: ListConversationsOrder | Unset = ListConversationsOrder.ASC,
        sort: str | Unset = "conversation.startTime",
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        filter_: str | Unset = UNSET,
    ) -> Response[ConversationList | Error]:
        """List conversations

        Lists the account's conversations whose `startTime` falls inside the
        `startTime`/`endTime` window (by default the last 7 days), optionally narrowed by an
        RSQL `filter` on metadata, sorted by `sort` in `order`.

        Pagination is offset based (`offset`, `limit`); Symbl documents no total count, next
        link or cursor, so a page shorter than `limit` is the last one. The pagination rule
        is stated once in `x-symbl-pagination` for the generator, client and mock.

        `GET /v1/conversations`
        """
        from .api.conversations import list_conversations as operation

        return await operation.asyncio_detailed(
            limit=limit,
            offset=offset,
            order=order,
            sort=sort,
            start_time=start_time,
            end_time=end_time,
            filter_=filter_,
            client=self._runtime.client,
        )

    async def get_conversation(
        self,
        conversation_id: str,
    ) -> Response[Conversation | Error]:
        """Get a conversation

        The conversation's name, type, start and end time, members and metadata.

        `GET /v1/conversations/{conversationId}`
        """
        from .api.conversations import get_conversation as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    async def update_conversation(
        self,
        conversation_id: str,
        *,
        body: UpdateConversationRequest,
    ) -> Response[Error | UpdatedConversation]:
        """Update a conversation's metadata

        Replaces the conversation's `metadata` (string keys to string values of at most 128
        characters), which conversation groups and the list `filter` match on. Only
        `metadata` can be changed; `id` and `type` cannot. Symbl's draft OpenAPI also lists
        `type`, `name`, `startTime`, `endTime` and `members` in the body, but the prose
        reference allows only `metadata`, so only `metadata` is described here. The response
        carries the conversation id and its metadata after the update.

        `PUT /v1/conversations/{conversationId}`
        """
        from .api.conversations import update_conversation as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )

    async def delete_conversation(
        self,
        conversation_id: str,
    ) -> Response[Error | StatusMessage]:
        """Delete a conversation

        Permanently deletes the conversation and everything derived from it. Symbl documents
        the message for an unknown or invalid id ("The conversationId is either invalid or
        does not exist.") but not its status code; this spec treats it as 404.

        `DELETE /v1/conversations/{conversationId}`
        """
        from .api.conversations import delete_conversation as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    async def get_messages(
        self,
        conversation_id: str,
        *,
        verbose: bool | Unset = False,
        sentiment: bool | Unset = False,
        redact: bool | Unset = False,
        exclude: list[str] | Unset = UNSET,
    ) -> Response[Error | MessageList]:
        """Get the transcript messages

        The conversation's transcript as a list of messages (sentences), in order. `verbose`
        adds per-word timings, `sentiment` adds a sentiment per message (en-US only) and
        `redact` masks personal data except the entity types listed in `exclude`.

        `from` differs between sources (`{name, email}` in examples, `{id, name, email}` in
        Symbl's generated client, `{id, name}` in the Go SDK); the shared `Person` schema
        covers all of them. `timeOffset` and `duration` are Labs fields and may be absent.

        `GET /v1/conversations/{conversationId}/messages`
        """
        from .api.conversations import get_messages as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            verbose=verbose,
            sentiment=sentiment,
            redact=redact,
            exclude=exclude,
            client=self._runtime.client,
        )

    async def get_members(
        self,
        conversation_id: str,
    ) -> Response[Error | MemberList]:
        """List the conversation's members

        The people who took part in the conversation (speakers and participants), each with a
        member id that `updateMember` accepts.

        `GET /v1/conversations/{conversationId}/members`
        """
        from .api.conversations import get_members as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    async def update_member(
        self,
        conversation_id: str,
        member_id: UUID,
        *,
        body: UpdateMemberRequest,
    ) -> Response[Error | StatusMessage]:
        """Update a member's name and email

        Renames a member (and optionally sets the email). The change is reflected in every
        message and insight of the conversation. The body's `id` must equal the `memberId` in
        the path.

        `PUT /v1/conversations/{conversationId}/members/{memberId}`
        """
        from .api.conversations import update_member as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            member_id=member_id,
            body=body,
            client=self._runtime.client,
        )

    async def update_speaker_events(
        self,
        conversation_id: str,
        *,
        body: SpeakerEventsRequest,
    ) -> Response[Error | StatusMessage]:
        """Attribute speech to speakers with speaker events

        Sends `started_speaking` / `stopped_speaking` events (offsets from the start of the
        conversation) so Symbl attributes messages and insights to the right speakers, e.g.
        for a recording without diarization.

        `offset.nanos` is not capped at 999999999: Symbl's own examples send 5000000000
        (5 s), contrary to the usual protobuf `Duration` convention, so this spec accepts any
        non-negative value.

        `PUT /v1/conversations/{conversationId}/speakers`
        """
        from .api.conversations import update_speaker_events as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )

    async def get_topics(
        self,
        conversation_id: str,
        *,
        sentiment: bool | Unset = False,
        parent_refs: bool | Unset = False,
        custom_topic_vocabulary: str | Unset = UNSET,
        refresh: bool | Unset = False,
    ) -> Response[Error | TopicList]:
        """Get the topics

        The most relevant topics of discussion, each with a relevance score and the messages
        it comes from. `sentiment=true` adds a sentiment per topic; `parentRefs=true` adds the
        topic hierarchy (the two cannot be combined); `refresh=true` regenerates the topics
        (previous topics are deleted).

        `customTopicVocabulary` (formerly `customVocabulary`, still accepted by Symbl) is
        documented as a string whose values are `true`/`false`, while third-party sample code
        passes keywords in it. This spec models one string: `true`/`false`, or a
        comma-separated list of keywords to favour.

        `GET /v1/conversations/{conversationId}/topics`
        """
        from .api.conversations import get_topics as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            sentiment=sentiment,
            parent_refs=parent_refs,
            custom_topic_vocabulary=custom_topic_vocabulary,
            refresh=refresh,
            client=self._runtime.client,
        )

    async def get_questions(
        self,
        conversation_id: str,
    ) -> Response[Error | QuestionList]:
        """Get the questions

        Explicit questions or requests for information asked in the conversation.

        `GET /v1/conversations/{conversationId}/questions`
        """
        from .api.conversations import get_questions as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    async def get_action_items(
        self,
        conversation_id: str,
    ) -> Response[ActionItemList | Error]:
        """Get the action items

        Tasks someone committed to or was asked to do, with assignee, due date and detected
        entities where found.

        `GET /v1/conversations/{conversationId}/action-items`
        """
        from .api.conversations import get_action_items as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    async def get_follow_ups(
        self,
        conversation_id: str,
    ) -> Response[Error | FollowUpList]:
        """Get the follow-ups

        Action items that call for a follow-up (a meeting, a call, an email). Same shape as
        action items; `from` and `assignee` may be empty objects.

        `GET /v1/conversations/{conversationId}/follow-ups`
        """
        from .api.conversations import get_follow_ups as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    async def get_insights(
        self,
        conversation_id: str,
    ) -> Response[Error | InsightList]:
        """Get all insights (legacy)

        Legacy combined list of questions, action items and follow-ups. Kept because Symbl
        still documents it; prefer `getQuestions`, `getActionItems` and `getFollowUps`, which
        return the same insights per type.

        `GET /v1/conversations/{conversationId}/insights`
        """
        from .api.conversations import get_insights as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    async def get_entities(
        self,
        conversation_id: str,
    ) -> Response[EntityList | Error]:
        """Get the detected entities

        Managed and custom entities detected in the conversation (when `detectEntities` was
        set or custom entities exist), grouped by type and sub-type, with every matched
        value and the messages it occurs in.

        Two shapes are documented; per the project's decision the newer one
        (`entities[] {type, subType, category, matches[{detectedValue, messageRefs}]}`) is
        described. The 2022 flat shape (`customType`, `value`, `messageRefs` per entity, not
        wrapped in an object) is not.

        `GET /v1/conversations/{conversationId}/entities`
        """
        from .api.conversations import get_entities as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    async def get_trackers(
        self,
        conversation_id: str,
    ) -> Response[Error | list[DetectedTracker]]:
        """Get the detected trackers

        Trackers (account-wide or inline) detected in the conversation, each with the
        matching vocabulary and the messages and insights that matched. The body is a bare
        JSON array, not wrapped in an object. An `offset` of -1 on a reference means a
        semantic (non-exact) match.

        Canonical path per the project's decision; `getTrackersDetected`
        (`/trackers-detected`) is a deprecated alias with the same response.

        `GET /v1/conversations/{conversationId}/trackers`
        """
        from .api.conversations import get_trackers as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    async def get_trackers_detected(
        self,
        conversation_id: str,
    ) -> Response[Error | list[DetectedTracker]]:
        """Get the detected trackers (deprecated path) (deprecated)

        Deprecated alias of `getTrackers` (`GET /v1/conversations/{conversationId}/trackers`),
        which is canonical per the project's decision. The 2022 documentation used this path;
        earlier and later documentation and both SDKs use `/trackers`. Same response.

        `GET /v1/conversations/{conversationId}/trackers-detected`
        """
        from .api.conversations import get_trackers_detected as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    async def get_analytics(
        self,
        conversation_id: str,
    ) -> Response[Analytics | Error]:
        """Get the conversation analytics

        Conversation-level metrics (silence, talk time, overlap) and per-member speaking
        pace, talk and listen time and overlap. Note the naming Symbl uses: `percent` on
        `metrics` and on overlapping members, but `percentage` on `talkTime`/`listenTime`.
        `overlap` is empty for Async and Telephony conversations.

        `GET /v1/conversations/{conversationId}/analytics`
        """
        from .api.conversations import get_analytics as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    async def get_summary(
        self,
        conversation_id: str,
        *,
        refresh: bool | Unset = False,
    ) -> Response[ConversationSummary | Error]:
        """Get the summary

        A short summary of the conversation as a list of sentences, each linked to the
        messages it condenses. Returns 404 while the processing job is still running.
        Formerly a Labs feature on `https://api-labs.symbl.ai`; now on the production host.

        Per the project's decision both forms of refresh are described: `refresh=true` on
        this GET, and `refreshSummary` (`POST` with `refresh=true`, as the newer guide shows).

        `GET /v1/conversations/{conversationId}/summary`
        """
        from .api.conversations import get_summary as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            refresh=refresh,
            client=self._runtime.client,
        )

    async def refresh_summary(
        self,
        conversation_id: str,
        *,
        refresh: bool | Unset = True,
    ) -> Response[ConversationSummary | Error]:
        """Regenerate the summary

        Regenerates the summary and returns it (the newer guide's form of `refresh=true`).
        No request body. It changes nothing but the derived summary, so repeating it is
        harmless (`x-symbl-idempotent: true`). `getSummary` with `refresh=true` is the
        equivalent GET form.

        `POST /v1/conversations/{conversationId}/summary`
        """
        from .api.conversations import refresh_summary as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            refresh=refresh,
            client=self._runtime.client,
        )

    async def get_formatted_transcript(
        self,
        conversation_id: str,
        *,
        body: FormattedTranscriptRequest,
    ) -> Response[Error | FormattedTranscript]:
        """Get a formatted transcript (Markdown or SRT)

        Renders the transcript as Markdown (optionally with paragraphs, highlighted key
        phrases and speaker separation) or as SRT subtitles. It only reads, so repeating it is
        harmless (`x-symbl-idempotent: true`).

        Per the project's decision this is a POST with a JSON body and `payload` is a string
        (for SRT, the subtitle text with `\\n` line breaks). A newer guide's Node example uses
        GET with `?contentType=` and one SRT example nests `payload.content`; neither is
        described.

        `POST /v1/conversations/{conversationId}/transcript`
        """
        from .api.conversations import get_formatted_transcript as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )

    async def get_call_score(
        self,
        conversation_id: str,
    ) -> Response[CallScore | Error]:
        """Get the call score

        Overall score (0-100) of a sales or general call with a per-criterion breakdown and
        feedback. Requires `callScore` in `features.featureList` when the conversation was
        processed and at least 50 words of transcript; poll `getCallScoreStatus` until
        `completed` first.

        `GET /v1/conversations/{conversationId}/callscore`
        """
        from .api.conversations import get_call_score as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    async def get_call_score_status(
        self,
        conversation_id: str,
    ) -> Response[CallScoreStatus | Error]:
        """Get the status of the call score computation

        Where the call score computation for the conversation is. Poll until `completed`,
        then call `getCallScore`. Only `completed` is documented; the other values are
        assumed to be those of a processing job (`JobStatusValue`).

        `GET /v1/conversations/{conversationId}/callscore/status`
        """
        from .api.conversations import get_call_score_status as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    async def get_lm_insights_status(
        self,
        conversation_id: str,
    ) -> Response[CallScoreStatus | Error]:
        """Get the status of the language-model insights

        Where the language-model insights computation (call score and related insights) for
        the conversation is. Seen only in Symbl's Go SDK, which leaves the response
        undescribed; this spec assumes the same `{jobId, status}` shape as
        `getCallScoreStatus`.

        `GET /v1/conversations/{conversationId}/lm-insights/status`
        """
        from .api.conversations import get_lm_insights_status as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    async def get_comprehensive_action_items(
        self,
        conversation_id: str,
    ) -> Response[ComprehensiveActionItemList | Error]:
        """Get comprehensive action items (Labs)

        Labs only (`https://api-labs.symbl.ai`): action items rewritten as self-contained
        sentences with more context than `getActionItems`, referencing their messages via
        `messageRefs`.

        `GET /v1/conversations/{conversationId}/comprehensive/action-items`
        """
        from .api.conversations import get_comprehensive_action_items as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    async def get_abstract_topics(
        self,
        conversation_id: str,
    ) -> Response[AbstractTopicList | Error]:
        """Get abstract topics (Labs)

        Labs only (`https://api-labs.symbl.ai`): higher-level themes of the conversation that
        need not appear verbatim in the transcript.

        `GET /v1/conversations/{conversationId}/abstract-topics`
        """
        from .api.conversations import get_abstract_topics as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )

    async def get_intents(
        self,
        conversation_id: str,
    ) -> Response[Error | IntentList]:
        """Get the detected intents

        Intents detected in the conversation, with alternatives. Seen only in Symbl's
        generated client (`symbl_rest`); no prose documentation was found, so the shape of
        `alternatives` and `entities` is left open.

        `GET /v1/conversations/{conversationId}/intents`
        """
        from .api.conversations import get_intents as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._runtime.client,
        )


class AsyncConversationsResource:
    """conversations operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncConversationsRawResource(runtime)

    async def list_conversations(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        order: ListConversationsOrder | Unset = ListConversationsOrder.ASC,
        sort: str | Unset = "conversation.startTime",
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        filter_: str | Unset = UNSET,
    ) -> ConversationList:
        """List conversations

        Lists the account's conversations whose `startTime` falls inside the
        `startTime`/`endTime` window (by default the last 7 days), optionally narrowed by an
        RSQL `filter` on metadata, sorted by `sort` in `order`.

        Pagination is offset based (`offset`, `limit`); Symbl documents no total count, next
        link or cursor, so a page shorter than `limit` is the last one. The pagination rule
        is stated once in `x-symbl-pagination` for the generator, client and mock.

        `GET /v1/conversations`
        """
        response = await self.with_raw_response.list_conversations(
            limit=limit,
            offset=offset,
            order=order,
            sort=sort,
            start_time=start_time,
            end_time=end_time,
            filter_=filter_,
        )
        self._runtime.raise_for_status(response)
        return cast("ConversationList", response.parsed)

    def iter_list_conversations(
        self,
        *,
        order: ListConversationsOrder | Unset = ListConversationsOrder.ASC,
        sort: str | Unset = "conversation.startTime",
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        filter_: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
    ) -> AsyncPager[Conversation]:
        """Every item of `list_conversations`, requesting page after page.

        `page_size` items per request (the API's default when None), at most `max_items` in
        all, starting at `start_offset` (to resume a walk).
        """

        async def fetch(offset: int, limit: int) -> list[Conversation]:
            page = await self.list_conversations(
                limit=limit,
                offset=offset,
                order=order,
                sort=sort,
                start_time=start_time,
                end_time=end_time,
                filter_=filter_,
            )
            items = page.conversations
            return [] if isinstance(items, Unset) else list(items)

        return self._runtime.paginate(
            "list_conversations", fetch, page_size=page_size, max_items=max_items, start_offset=start_offset
        )

    async def get_conversation(
        self,
        conversation_id: str,
    ) -> Conversation:
        """Get a conversation

        The conversation's name, type, start and end time, members and metadata.

        `GET /v1/conversations/{conversationId}`
        """
        response = await self.with_raw_response.get_conversation(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("Conversation", response.parsed)

    async def update_conversation(
        self,
        conversation_id: str,
        *,
        body: UpdateConversationRequest,
    ) -> UpdatedConversation:
        """Update a conversation's metadata

        Replaces the conversation's `metadata` (string keys to string values of at most 128
        characters), which conversation groups and the list `filter` match on. Only
        `metadata` can be changed; `id` and `type` cannot. Symbl's draft OpenAPI also lists
        `type`, `name`, `startTime`, `endTime` and `members` in the body, but the prose
        reference allows only `metadata`, so only `metadata` is described here. The response
        carries the conversation id and its metadata after the update.

        `PUT /v1/conversations/{conversationId}`
        """
        response = await self.with_raw_response.update_conversation(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("UpdatedConversation", response.parsed)

    async def delete_conversation(
        self,
        conversation_id: str,
    ) -> StatusMessage:
        """Delete a conversation

        Permanently deletes the conversation and everything derived from it. Symbl documents
        the message for an unknown or invalid id ("The conversationId is either invalid or
        does not exist.") but not its status code; this spec treats it as 404.

        `DELETE /v1/conversations/{conversationId}`
        """
        response = await self.with_raw_response.delete_conversation(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)

    async def get_messages(
        self,
        conversation_id: str,
        *,
        verbose: bool | Unset = False,
        sentiment: bool | Unset = False,
        redact: bool | Unset = False,
        exclude: list[str] | Unset = UNSET,
    ) -> MessageList:
        """Get the transcript messages

        The conversation's transcript as a list of messages (sentences), in order. `verbose`
        adds per-word timings, `sentiment` adds a sentiment per message (en-US only) and
        `redact` masks personal data except the entity types listed in `exclude`.

        `from` differs between sources (`{name, email}` in examples, `{id, name, email}` in
        Symbl's generated client, `{id, name}` in the Go SDK); the shared `Person` schema
        covers all of them. `timeOffset` and `duration` are Labs fields and may be absent.

        `GET /v1/conversations/{conversationId}/messages`
        """
        response = await self.with_raw_response.get_messages(
            verbose=verbose,
            sentiment=sentiment,
            redact=redact,
            exclude=exclude,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("MessageList", response.parsed)

    async def get_members(
        self,
        conversation_id: str,
    ) -> MemberList:
        """List the conversation's members

        The people who took part in the conversation (speakers and participants), each with a
        member id that `updateMember` accepts.

        `GET /v1/conversations/{conversationId}/members`
        """
        response = await self.with_raw_response.get_members(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("MemberList", response.parsed)

    async def update_member(
        self,
        conversation_id: str,
        member_id: UUID,
        *,
        body: UpdateMemberRequest,
    ) -> StatusMessage:
        """Update a member's name and email

        Renames a member (and optionally sets the email). The change is reflected in every
        message and insight of the conversation. The body's `id` must equal the `memberId` in
        the path.

        `PUT /v1/conversations/{conversationId}/members/{memberId}`
        """
        response = await self.with_raw_response.update_member(
            member_id=member_id,
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)

    async def update_speaker_events(
        self,
        conversation_id: str,
        *,
        body: SpeakerEventsRequest,
    ) -> StatusMessage:
        """Attribute speech to speakers with speaker events

        Sends `started_speaking` / `stopped_speaking` events (offsets from the start of the
        conversation) so Symbl attributes messages and insights to the right speakers, e.g.
        for a recording without diarization.

        `offset.nanos` is not capped at 999999999: Symbl's own examples send 5000000000
        (5 s), contrary to the usual protobuf `Duration` convention, so this spec accepts any
        non-negative value.

        `PUT /v1/conversations/{conversationId}/speakers`
        """
        response = await self.with_raw_response.update_speaker_events(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)

    async def get_topics(
        self,
        conversation_id: str,
        *,
        sentiment: bool | Unset = False,
        parent_refs: bool | Unset = False,
        custom_topic_vocabulary: str | Unset = UNSET,
        refresh: bool | Unset = False,
    ) -> TopicList:
        """Get the topics

        The most relevant topics of discussion, each with a relevance score and the messages
        it comes from. `sentiment=true` adds a sentiment per topic; `parentRefs=true` adds the
        topic hierarchy (the two cannot be combined); `refresh=true` regenerates the topics
        (previous topics are deleted).

        `customTopicVocabulary` (formerly `customVocabulary`, still accepted by Symbl) is
        documented as a string whose values are `true`/`false`, while third-party sample code
        passes keywords in it. This spec models one string: `true`/`false`, or a
        comma-separated list of keywords to favour.

        `GET /v1/conversations/{conversationId}/topics`
        """
        response = await self.with_raw_response.get_topics(
            sentiment=sentiment,
            parent_refs=parent_refs,
            custom_topic_vocabulary=custom_topic_vocabulary,
            refresh=refresh,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("TopicList", response.parsed)

    async def get_questions(
        self,
        conversation_id: str,
    ) -> QuestionList:
        """Get the questions

        Explicit questions or requests for information asked in the conversation.

        `GET /v1/conversations/{conversationId}/questions`
        """
        response = await self.with_raw_response.get_questions(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("QuestionList", response.parsed)

    async def get_action_items(
        self,
        conversation_id: str,
    ) -> ActionItemList:
        """Get the action items

        Tasks someone committed to or was asked to do, with assignee, due date and detected
        entities where found.

        `GET /v1/conversations/{conversationId}/action-items`
        """
        response = await self.with_raw_response.get_action_items(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("ActionItemList", response.parsed)

    async def get_follow_ups(
        self,
        conversation_id: str,
    ) -> FollowUpList:
        """Get the follow-ups

        Action items that call for a follow-up (a meeting, a call, an email). Same shape as
        action items; `from` and `assignee` may be empty objects.

        `GET /v1/conversations/{conversationId}/follow-ups`
        """
        response = await self.with_raw_response.get_follow_ups(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("FollowUpList", response.parsed)

    async def get_insights(
        self,
        conversation_id: str,
    ) -> InsightList:
        """Get all insights (legacy)

        Legacy combined list of questions, action items and follow-ups. Kept because Symbl
        still documents it; prefer `getQuestions`, `getActionItems` and `getFollowUps`, which
        return the same insights per type.

        `GET /v1/conversations/{conversationId}/insights`
        """
        response = await self.with_raw_response.get_insights(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("InsightList", response.parsed)

    async def get_entities(
        self,
        conversation_id: str,
    ) -> EntityList:
        """Get the detected entities

        Managed and custom entities detected in the conversation (when `detectEntities` was
        set or custom entities exist), grouped by type and sub-type, with every matched
        value and the messages it occurs in.

        Two shapes are documented; per the project's decision the newer one
        (`entities[] {type, subType, category, matches[{detectedValue, messageRefs}]}`) is
        described. The 2022 flat shape (`customType`, `value`, `messageRefs` per entity, not
        wrapped in an object) is not.

        `GET /v1/conversations/{conversationId}/entities`
        """
        response = await self.with_raw_response.get_entities(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("EntityList", response.parsed)

    async def get_trackers(
        self,
        conversation_id: str,
    ) -> list[DetectedTracker]:
        """Get the detected trackers

        Trackers (account-wide or inline) detected in the conversation, each with the
        matching vocabulary and the messages and insights that matched. The body is a bare
        JSON array, not wrapped in an object. An `offset` of -1 on a reference means a
        semantic (non-exact) match.

        Canonical path per the project's decision; `getTrackersDetected`
        (`/trackers-detected`) is a deprecated alias with the same response.

        `GET /v1/conversations/{conversationId}/trackers`
        """
        response = await self.with_raw_response.get_trackers(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("list[DetectedTracker]", response.parsed)

    async def get_trackers_detected(
        self,
        conversation_id: str,
    ) -> list[DetectedTracker]:
        """Get the detected trackers (deprecated path) (deprecated)

        Deprecated alias of `getTrackers` (`GET /v1/conversations/{conversationId}/trackers`),
        which is canonical per the project's decision. The 2022 documentation used this path;
        earlier and later documentation and both SDKs use `/trackers`. Same response.

        `GET /v1/conversations/{conversationId}/trackers-detected`
        """
        response = await self.with_raw_response.get_trackers_detected(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("list[DetectedTracker]", response.parsed)

    async def get_analytics(
        self,
        conversation_id: str,
    ) -> Analytics:
        """Get the conversation analytics

        Conversation-level metrics (silence, talk time, overlap) and per-member speaking
        pace, talk and listen time and overlap. Note the naming Symbl uses: `percent` on
        `metrics` and on overlapping members, but `percentage` on `talkTime`/`listenTime`.
        `overlap` is empty for Async and Telephony conversations.

        `GET /v1/conversations/{conversationId}/analytics`
        """
        response = await self.with_raw_response.get_analytics(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("Analytics", response.parsed)

    async def get_summary(
        self,
        conversation_id: str,
        *,
        refresh: bool | Unset = False,
    ) -> ConversationSummary:
        """Get the summary

        A short summary of the conversation as a list of sentences, each linked to the
        messages it condenses. Returns 404 while the processing job is still running.
        Formerly a Labs feature on `https://api-labs.symbl.ai`; now on the production host.

        Per the project's decision both forms of refresh are described: `refresh=true` on
        this GET, and `refreshSummary` (`POST` with `refresh=true`, as the newer guide shows).

        `GET /v1/conversations/{conversationId}/summary`
        """
        response = await self.with_raw_response.get_summary(
            refresh=refresh,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("ConversationSummary", response.parsed)

    async def refresh_summary(
        self,
        conversation_id: str,
        *,
        refresh: bool | Unset = True,
    ) -> ConversationSummary:
        """Regenerate the summary

        Regenerates the summary and returns it (the newer guide's form of `refresh=true`).
        No request body. It changes nothing but the derived summary, so repeating it is
        harmless (`x-symbl-idempotent: true`). `getSummary` with `refresh=true` is the
        equivalent GET form.

        `POST /v1/conversations/{conversationId}/summary`
        """
        response = await self.with_raw_response.refresh_summary(
            refresh=refresh,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("ConversationSummary", response.parsed)

    async def get_formatted_transcript(
        self,
        conversation_id: str,
        *,
        body: FormattedTranscriptRequest,
    ) -> FormattedTranscript:
        """Get a formatted transcript (Markdown or SRT)

        Renders the transcript as Markdown (optionally with paragraphs, highlighted key
        phrases and speaker separation) or as SRT subtitles. It only reads, so repeating it is
        harmless (`x-symbl-idempotent: true`).

        Per the project's decision this is a POST with a JSON body and `payload` is a string
        (for SRT, the subtitle text with `\\n` line breaks). A newer guide's Node example uses
        GET with `?contentType=` and one SRT example nests `payload.content`; neither is
        described.

        `POST /v1/conversations/{conversationId}/transcript`
        """
        response = await self.with_raw_response.get_formatted_transcript(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("FormattedTranscript", response.parsed)

    async def get_call_score(
        self,
        conversation_id: str,
    ) -> CallScore:
        """Get the call score

        Overall score (0-100) of a sales or general call with a per-criterion breakdown and
        feedback. Requires `callScore` in `features.featureList` when the conversation was
        processed and at least 50 words of transcript; poll `getCallScoreStatus` until
        `completed` first.

        `GET /v1/conversations/{conversationId}/callscore`
        """
        response = await self.with_raw_response.get_call_score(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CallScore", response.parsed)

    async def get_call_score_status(
        self,
        conversation_id: str,
    ) -> CallScoreStatus:
        """Get the status of the call score computation

        Where the call score computation for the conversation is. Poll until `completed`,
        then call `getCallScore`. Only `completed` is documented; the other values are
        assumed to be those of a processing job (`JobStatusValue`).

        `GET /v1/conversations/{conversationId}/callscore/status`
        """
        response = await self.with_raw_response.get_call_score_status(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CallScoreStatus", response.parsed)

    async def get_lm_insights_status(
        self,
        conversation_id: str,
    ) -> CallScoreStatus:
        """Get the status of the language-model insights

        Where the language-model insights computation (call score and related insights) for
        the conversation is. Seen only in Symbl's Go SDK, which leaves the response
        undescribed; this spec assumes the same `{jobId, status}` shape as
        `getCallScoreStatus`.

        `GET /v1/conversations/{conversationId}/lm-insights/status`
        """
        response = await self.with_raw_response.get_lm_insights_status(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CallScoreStatus", response.parsed)

    async def get_comprehensive_action_items(
        self,
        conversation_id: str,
    ) -> ComprehensiveActionItemList:
        """Get comprehensive action items (Labs)

        Labs only (`https://api-labs.symbl.ai`): action items rewritten as self-contained
        sentences with more context than `getActionItems`, referencing their messages via
        `messageRefs`.

        `GET /v1/conversations/{conversationId}/comprehensive/action-items`
        """
        response = await self.with_raw_response.get_comprehensive_action_items(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("ComprehensiveActionItemList", response.parsed)

    async def get_abstract_topics(
        self,
        conversation_id: str,
    ) -> AbstractTopicList:
        """Get abstract topics (Labs)

        Labs only (`https://api-labs.symbl.ai`): higher-level themes of the conversation that
        need not appear verbatim in the transcript.

        `GET /v1/conversations/{conversationId}/abstract-topics`
        """
        response = await self.with_raw_response.get_abstract_topics(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("AbstractTopicList", response.parsed)

    async def get_intents(
        self,
        conversation_id: str,
    ) -> IntentList:
        """Get the detected intents

        Intents detected in the conversation, with alternatives. Seen only in Symbl's
        generated client (`symbl_rest`); no prose documentation was found, so the shape of
        `alternatives` and `entities` is left open.

        `GET /v1/conversations/{conversationId}/intents`
        """
        response = await self.with_raw_response.get_intents(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("IntentList", response.parsed)


class AsyncEntitiesRawResource:
    """`entities` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list_entities(
        self,
    ) -> Response[CustomEntityList | Error]:
        """List custom entities

        Returns every custom entity of the account in one response (no pagination).

        `GET /v1/manage/entities`
        """
        from .api.entities import list_entities as operation

        return await operation.asyncio_detailed(
            client=self._runtime.client,
        )

    async def create_entity(
        self,
        *,
        body: CustomEntityRequest,
    ) -> Response[CustomEntityEnvelope | Error]:
        """Create a custom entity

        Creates one custom entity: values Symbl detects verbatim in conversations and reports
        under `type`/`subType` with `category: Custom`. `subType` must be unique within a
        `type` (Symbl documents no status code for a duplicate, so no `409` is described);
        values match exactly. Symbl's guides alternate between this path and the singular
        `/v1/manage/entity`; the plural path of the newest guide and the Go SDK is canonical
        (project decision 4), and the older guides' bulk use of this path moved to
        `/v1/manage/entities/bulk`. `201` is documented as primary; `200` with the same body
        is also accepted (the Go SDK treats `200` as success).

        `POST /v1/manage/entities`
        """
        from .api.entities import create_entity as operation

        return await operation.asyncio_detailed(
            body=body,
            client=self._runtime.client,
        )

    async def delete_entities_by_sub_type(
        self,
        *,
        sub_type: str,
    ) -> Response[Error | StatusMessage]:
        """Delete the custom entities of a subtype

        Deletes every custom entity whose `subType` equals the query value. Symbl documents
        this call ("delete custom entity by subtype") and the Go SDK ignores its body; since
        several entities may go and no single id applies, a plain `message` is described
        rather than the per-id delete acknowledgement.

        `DELETE /v1/manage/entities`
        """
        from .api.entities import delete_entities_by_sub_type as operation

        return await operation.asyncio_detailed(
            sub_type=sub_type,
            client=self._runtime.client,
        )

    async def create_entities_bulk(
        self,
        *,
        body: list[CustomEntityRequest],
    ) -> Response[CustomEntityList | Error]:
        """Create several custom entities

        Creates each custom entity of the array and returns them all. The Go SDK uses this
        path; older guides posted the array to `/v1/manage/entities` (project decision 4).
        `201` is primary; `200` with the same body is also accepted.

        `POST /v1/manage/entities/bulk`
        """
        from .api.entities import create_entities_bulk as operation

        return await operation.asyncio_detailed(
            body=body,
            client=self._runtime.client,
        )

    async def get_entity(
        self,
        entity_id: str,
    ) -> Response[CustomEntity | Error]:
        """Get a custom entity

        Returns one custom entity. Unlike the other entity calls the object comes back bare,
        not wrapped in `entity` (Go SDK structs; symbl-api.md open question 4).

        `GET /v1/manage/entities/{entityId}`
        """
        from .api.entities import get_entity as operation

        return await operation.asyncio_detailed(
            entity_id=entity_id,
            client=self._runtime.client,
        )

    async def update_entity(
        self,
        entity_id: str,
        *,
        body: CustomEntityRequest,
    ) -> Response[CustomEntityEnvelope | Error]:
        """Replace a custom entity

        Replaces a custom entity with the body; `type`, `subType`, `category` and `values`
        are all required (Symbl answers `400` "must contain 'type'" otherwise, as the Go SDK
        notes). Returns the entity wrapped in `entity`.

        `PUT /v1/manage/entities/{entityId}`
        """
        from .api.entities import update_entity as operation

        return await operation.asyncio_detailed(
            entity_id=entity_id,
            body=body,
            client=self._runtime.client,
        )

    async def delete_entity(
        self,
        entity_id: str,
    ) -> Response[DeleteResult | Error]:
        """Delete a custom entity

        Deletes one custom entity.

        `DELETE /v1/manage/entities/{entityId}`
        """
        from .api.entities import delete_entity as operation

        return await operation.asyncio_detailed(
            entity_id=entity_id,
            client=self._runtime.client,
        )

    async def create_entity_legacy(
        self,
        *,
        body: CustomEntityRequest,
    ) -> Response[CustomEntityEnvelope | Error]:
        """Create a custom entity (singular path) (deprecated)

        Deprecated; use `createEntity` (`POST /v1/manage/entities`). Same body and response.

        `POST /v1/manage/entity`
        """
        from .api.entities import create_entity_legacy as operation

        return await operation.asyncio_detailed(
            body=body,
            client=self._runtime.client,
        )

    async def get_entity_legacy(
        self,
        entity_id: str,
    ) -> Response[CustomEntity | Error]:
        """Get a custom entity (singular path) (deprecated)

        Deprecated; use `getEntity` (`GET /v1/manage/entities/{entityId}`). Same bare response.

        `GET /v1/manage/entity/{entityId}`
        """
        from .api.entities import get_entity_legacy as operation

        return await operation.asyncio_detailed(
            entity_id=entity_id,
            client=self._runtime.client,
        )

    async def update_entity_legacy(
        self,
        entity_id: str,
        *,
        body: CustomEntityRequest,
    ) -> Response[CustomEntityEnvelope | Error]:
        """Replace a custom entity (singular path) (deprecated)

        Deprecated; use `updateEntity` (`PUT /v1/manage/entities/{entityId}`). Same body and response.

        `PUT /v1/manage/entity/{entityId}`
        """
        from .api.entities import update_entity_legacy as operation

        return await operation.asyncio_detailed(
            entity_id=entity_id,
            body=body,
            client=self._runtime.client,
        )

    async def delete_entity_legacy(
        self,
        entity_id: str,
    ) -> Response[DeleteResult | Error]:
        """Delete a custom entity (singular path) (deprecated)

        Deprecated; use `deleteEntity` (`DELETE /v1/manage/entities/{entityId}`). Same response.

        `DELETE /v1/manage/entity/{entityId}`
        """
        from .api.entities import delete_entity_legacy as operation

        return await operation.asyncio_detailed(
            entity_id=entity_id,
            client=self._runtime.client,
        )


class AsyncEntitiesResource:
    """entities operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncEntitiesRawResource(runtime)

    async def list_entities(
        self,
    ) -> CustomEntityList:
        """List custom entities

        Returns every custom entity of the account in one response (no pagination).

        `GET /v1/manage/entities`
        """
        response = await self.with_raw_response.list_entities()
        self._runtime.raise_for_status(response)
        return cast("CustomEntityList", response.parsed)

    async def create_entity(
        self,
        *,
        body: CustomEntityRequest,
    ) -> CustomEntityEnvelope:
        """Create a custom entity

        Creates one custom entity: values Symbl detects verbatim in conversations and reports
        under `type`/`subType` with `category: Custom`. `subType` must be unique within a
        `type` (Symbl documents no status code for a duplicate, so no `409` is described);
        values match exactly. Symbl's guides alternate between this path and the singular
        `/v1/manage/entity`; the plural path of the newest guide and the Go SDK is canonical
        (project decision 4), and the older guides' bulk use of this path moved to
        `/v1/manage/entities/bulk`. `201` is documented as primary; `200` with the same body
        is also accepted (the Go SDK treats `200` as success).

        `POST /v1/manage/entities`
        """
        response = await self.with_raw_response.create_entity(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityEnvelope", response.parsed)

    async def delete_entities_by_sub_type(
        self,
        *,
        sub_type: str,
    ) -> StatusMessage:
        """Delete the custom entities of a subtype

        Deletes every custom entity whose `subType` equals the query value. Symbl documents
        this call ("delete custom entity by subtype") and the Go SDK ignores its body; since
        several entities may go and no single id applies, a plain `message` is described
        rather than the per-id delete acknowledgement.

        `DELETE /v1/manage/entities`
        """
        response = await self.with_raw_response.delete_entities_by_sub_type(
            sub_type=sub_type,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)

    async def create_entities_bulk(
        self,
        *,
        body: list[CustomEntityRequest],
    ) -> CustomEntityList:
        """Create several custom entities

        Creates each custom entity of the array and returns them all. The Go SDK uses this
        path; older guides posted the array to `/v1/manage/entities` (project decision 4).
        `201` is primary; `200` with the same body is also accepted.

        `POST /v1/manage/entities/bulk`
        """
        response = await self.with_raw_response.create_entities_bulk(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityList", response.parsed)

    async def get_entity(
        self,
        entity_id: str,
    ) -> CustomEntity:
        """Get a custom entity

        Returns one custom entity. Unlike the other entity calls the object comes back bare,
        not wrapped in `entity` (Go SDK structs; symbl-api.md open question 4).

        `GET /v1/manage/entities/{entityId}`
        """
        response = await self.with_raw_response.get_entity(
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntity", response.parsed)

    async def update_entity(
        self,
        entity_id: str,
        *,
        body: CustomEntityRequest,
    ) -> CustomEntityEnvelope:
        """Replace a custom entity

        Replaces a custom entity with the body; `type`, `subType`, `category` and `values`
        are all required (Symbl answers `400` "must contain 'type'" otherwise, as the Go SDK
        notes). Returns the entity wrapped in `entity`.

        `PUT /v1/manage/entities/{entityId}`
        """
        response = await self.with_raw_response.update_entity(
            body=body,
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityEnvelope", response.parsed)

    async def delete_entity(
        self,
        entity_id: str,
    ) -> DeleteResult:
        """Delete a custom entity

        Deletes one custom entity.

        `DELETE /v1/manage/entities/{entityId}`
        """
        response = await self.with_raw_response.delete_entity(
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)

    async def create_entity_legacy(
        self,
        *,
        body: CustomEntityRequest,
    ) -> CustomEntityEnvelope:
        """Create a custom entity (singular path) (deprecated)

        Deprecated; use `createEntity` (`POST /v1/manage/entities`). Same body and response.

        `POST /v1/manage/entity`
        """
        response = await self.with_raw_response.create_entity_legacy(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityEnvelope", response.parsed)

    async def get_entity_legacy(
        self,
        entity_id: str,
    ) -> CustomEntity:
        """Get a custom entity (singular path) (deprecated)

        Deprecated; use `getEntity` (`GET /v1/manage/entities/{entityId}`). Same bare response.

        `GET /v1/manage/entity/{entityId}`
        """
        response = await self.with_raw_response.get_entity_legacy(
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntity", response.parsed)

    async def update_entity_legacy(
        self,
        entity_id: str,
        *,
        body: CustomEntityRequest,
    ) -> CustomEntityEnvelope:
        """Replace a custom entity (singular path) (deprecated)

        Deprecated; use `updateEntity` (`PUT /v1/manage/entities/{entityId}`). Same body and response.

        `PUT /v1/manage/entity/{entityId}`
        """
        response = await self.with_raw_response.update_entity_legacy(
            body=body,
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityEnvelope", response.parsed)

    async def delete_entity_legacy(
        self,
        entity_id: str,
    ) -> DeleteResult:
        """Delete a custom entity (singular path) (deprecated)

        Deprecated; use `deleteEntity` (`DELETE /v1/manage/entities/{entityId}`). Same response.

        `DELETE /v1/manage/entity/{entityId}`
        """
        response = await self.with_raw_response.delete_entity_legacy(
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)


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
        from .api.experiences import create_experience as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )

    async def get_insights_list_url(
        self,
        *,
        include_call_score: bool | Unset = UNSET,
    ) -> Response[Error | ExperienceUrl]:
        """Get the Insights UI list page URL

        URL of the account's Insights UI list page (all processed conversations). Seen in
        Symbl's Go SDK and generated client; the prose documentation only describes the UI.
        Conversations appear there once they have at least 50 words of transcript.

        `GET /v1/conversations/experiences/insights/list`
        """
        from .api.experiences import get_insights_list_url as operation

        return await operation.asyncio_detailed(
            include_call_score=include_call_score,
            client=self._runtime.client,
        )

    async def get_insights_details_url(
        self,
        conversation_id: str,
        *,
        include_call_score: bool | Unset = UNSET,
    ) -> Response[Error | ExperienceUrl]:
        """Get the Insights UI details page URL of a conversation

        URL of the Insights UI page of one conversation (transcript, insights and, with
        `includeCallScore`, the call score). Seen in Symbl's Go SDK and generated client.
        Set the media the page plays with `setExperienceMediaUrl`.

        `GET /v1/conversations/experiences/insights/details/{conversationId}`
        """
        from .api.experiences import get_insights_details_url as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            include_call_score=include_call_score,
            client=self._runtime.client,
        )

    async def set_experience_media_url(
        self,
        conversation_id: str,
        *,
        body: ExperienceMediaUrlRequest,
    ) -> Response[Error | StatusMessage]:
        """Set the media URL played by the Insights UI

        Sets the audio or video URL the Insights UI plays for this conversation (for example
        when the media was uploaded as a file, so Symbl has no public URL for it). Seen in
        Symbl's Go SDK. The acknowledgement body is not read by Symbl's SDKs; it is described
        as a plain `StatusMessage` and clients should rely on the status code only.

        `PUT /v1/conversations/{conversationId}/experiences/url`
        """
        from .api.experiences import set_experience_media_url as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )


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


class AsyncGroupsRawResource:
    """`groups` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def create_group(
        self,
        *,
        body: GroupRequest,
    ) -> Response[Error | GroupEnvelope]:
        """Create a conversation group

        Creates a conversation group (beta): a name plus an RSQL `criteria` over conversation
        metadata, for example `conversation.metadata.agentId==johndoe and
        conversation.metadata.customerId==88338833` (up to two parameters per criterion, any
        number of criteria). Note the singular `group` here versus the plural `groups` of the
        bulk and list calls, as in Symbl's documentation. The success status is not stated:
        `201` is documented as primary and `200` with the same body is also accepted.

        `POST /v1/manage/group`
        """
        from .api.groups import create_group as operation

        return await operation.asyncio_detailed(
            body=body,
            client=self._runtime.client,
        )

    async def list_groups(
        self,
    ) -> Response[Error | GroupList]:
        """List conversation groups

        Returns every conversation group of the account in one response (no pagination).

        `GET /v1/manage/groups`
        """
        from .api.groups import list_groups as operation

        return await operation.asyncio_detailed(
            client=self._runtime.client,
        )

    async def create_groups_bulk(
        self,
        *,
        body: list[GroupRequest],
    ) -> Response[Error | GroupList]:
        """Create several conversation groups

        Creates each group of the array. Symbl documents the request but not the response;
        the list wrapper `groups` (as returned by `listGroups`) is described. `201` is primary;
        `200` with the same body is also accepted.

        `POST /v1/manage/groups`
        """
        from .api.groups import create_groups_bulk as operation

        return await operation.asyncio_detailed(
            body=body,
            client=self._runtime.client,
        )

    async def get_group(
        self,
        group_id: str,
    ) -> Response[Error | GroupEnvelope]:
        """Get a conversation group

        Returns one conversation group.

        `GET /v1/manage/group/{groupId}`
        """
        from .api.groups import get_group as operation

        return await operation.asyncio_detailed(
            group_id=group_id,
            client=self._runtime.client,
        )

    async def update_group(
        self,
        group_id: str,
        *,
        body: GroupRequest,
    ) -> Response[Error | GroupEnvelope]:
        """Replace a conversation group

        Replaces the group's `name`, `description` and `criteria` with the body. Symbl's
        example body repeats the group's `id`; it is optional here and must equal `groupId`
        when given.

        `PUT /v1/manage/group/{groupId}`
        """
        from .api.groups import update_group as operation

        return await operation.asyncio_detailed(
            group_id=group_id,
            body=body,
            client=self._runtime.client,
        )

    async def delete_group(
        self,
        group_id: str,
    ) -> Response[DeleteResult | Error]:
        """Delete a conversation group

        Deletes the group; the conversations it selected are not affected.

        `DELETE /v1/manage/group/{groupId}`
        """
        from .api.groups import delete_group as operation

        return await operation.asyncio_detailed(
            group_id=group_id,
            client=self._runtime.client,
        )

    async def list_group_conversations(
        self,
        group_id: str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        order: ListGroupConversationsOrder | Unset = ListGroupConversationsOrder.ASC,
        sort: str | Unset = "conversation.startTime",
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        filter_: str | Unset = UNSET,
    ) -> Response[ConversationList | Error]:
        """List the conversations of a group

        Returns the conversations matching the group's criteria, one page at a time, with the
        same query parameters and response as `listConversations`: `offset`/`limit` paging,
        `order`/`sort`, a `startTime`/`endTime` window (the last 7 days by default) and an
        RSQL `filter`. No total count or next-page token is returned; a page shorter than
        `limit` is the last one.

        `GET /v1/groups/{groupId}/conversations`
        """
        from .api.groups import list_group_conversations as operation

        return await operation.asyncio_detailed(
            group_id=group_id,
            limit=limit,
            offset=offset,
            order=order,
            sort=sort,
            start_time=start_time,
            end_time=end_time,
            filter_=filter_,
            client=self._runtime.client,
        )


class AsyncGroupsResource:
    """groups operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncGroupsRawResource(runtime)

    async def create_group(
        self,
        *,
        body: GroupRequest,
    ) -> GroupEnvelope:
        """Create a conversation group

        Creates a conversation group (beta): a name plus an RSQL `criteria` over conversation
        metadata, for example `conversation.metadata.agentId==johndoe and
        conversation.metadata.customerId==88338833` (up to two parameters per criterion, any
        number of criteria). Note the singular `group` here versus the plural `groups` of the
        bulk and list calls, as in Symbl's documentation. The success status is not stated:
        `201` is documented as primary and `200` with the same body is also accepted.

        `POST /v1/manage/group`
        """
        response = await self.with_raw_response.create_group(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("GroupEnvelope", response.parsed)

    async def list_groups(
        self,
    ) -> GroupList:
        """List conversation groups

        Returns every conversation group of the account in one response (no pagination).

        `GET /v1/manage/groups`
        """
        response = await self.with_raw_response.list_groups()
        self._runtime.raise_for_status(response)
        return cast("GroupList", response.parsed)

    async def create_groups_bulk(
        self,
        *,
        body: list[GroupRequest],
    ) -> GroupList:
        """Create several conversation groups

        Creates each group of the array. Symbl documents the request but not the response;
        the list wrapper `groups` (as returned by `listGroups`) is described. `201` is primary;
        `200` with the same body is also accepted.

        `POST /v1/manage/groups`
        """
        response = await self.with_raw_response.create_groups_bulk(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("GroupList", response.parsed)

    async def get_group(
        self,
        group_id: str,
    ) -> GroupEnvelope:
        """Get a conversation group

        Returns one conversation group.

        `GET /v1/manage/group/{groupId}`
        """
        response = await self.with_raw_response.get_group(
            group_id=group_id,
        )
        self._runtime.raise_for_status(response)
        return cast("GroupEnvelope", response.parsed)

    async def update_group(
        self,
        group_id: str,
        *,
        body: GroupRequest,
    ) -> GroupEnvelope:
        """Replace a conversation group

        Replaces the group's `name`, `description` and `criteria` with the body. Symbl's
        example body repeats the group's `id`; it is optional here and must equal `groupId`
        when given.

        `PUT /v1/manage/group/{groupId}`
        """
        response = await self.with_raw_response.update_group(
            body=body,
            group_id=group_id,
        )
        self._runtime.raise_for_status(response)
        return cast("GroupEnvelope", response.parsed)

    async def delete_group(
        self,
        group_id: str,
    ) -> DeleteResult:
        """Delete a conversation group

        Deletes the group; the conversations it selected are not affected.

        `DELETE /v1/manage/group/{groupId}`
        """
        response = await self.with_raw_response.delete_group(
            group_id=group_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)

    async def list_group_conversations(
        self,
        group_id: str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        order: ListGroupConversationsOrder | Unset = ListGroupConversationsOrder.ASC,
        sort: str | Unset = "conversation.startTime",
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        filter_: str | Unset = UNSET,
    ) -> ConversationList:
        """List the conversations of a group

        Returns the conversations matching the group's criteria, one page at a time, with the
        same query parameters and response as `listConversations`: `offset`/`limit` paging,
        `order`/`sort`, a `startTime`/`endTime` window (the last 7 days by default) and an
        RSQL `filter`. No total count or next-page token is returned; a page shorter than
        `limit` is the last one.

        `GET /v1/groups/{groupId}/conversations`
        """
        response = await self.with_raw_response.list_group_conversations(
            limit=limit,
            offset=offset,
            order=order,
            sort=sort,
            start_time=start_time,
            end_time=end_time,
            filter_=filter_,
            group_id=group_id,
        )
        self._runtime.raise_for_status(response)
        return cast("ConversationList", response.parsed)

    def iter_list_group_conversations(
        self,
        group_id: str,
        *,
        order: ListGroupConversationsOrder | Unset = ListGroupConversationsOrder.ASC,
        sort: str | Unset = "conversation.startTime",
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        filter_: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
    ) -> AsyncPager[Conversation]:
        """Every item of `list_group_conversations`, requesting page after page.

        `page_size` items per request (the API's default when None), at most `max_items` in
        all, starting at `start_offset` (to resume a walk).
        """

        async def fetch(offset: int, limit: int) -> list[Conversation]:
            page = await self.list_group_conversations(
                group_id=group_id,
                limit=limit,
                offset=offset,
                order=order,
                sort=sort,
                start_time=start_time,
                end_time=end_time,
                filter_=filter_,
            )
            items = page.conversations
            return [] if isinstance(items, Unset) else list(items)

        return self._runtime.paginate(
            "list_group_conversations", fetch, page_size=page_size, max_items=max_items, start_offset=start_offset
        )


class AsyncJobsRawResource:
    """`jobs` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get_job_status(
        self,
        job_id: UUID,
    ) -> Response[Error | JobStatus]:
        """Get the status of a job

        Status of a processing job. Poll until `completed` (the conversation's insights are
        ready) or `failed`. `scheduled` and `in_progress` mean keep waiting; a `webhookUrl` on
        the processing request is the push alternative (see the `jobStatus` webhook).

        `GET /v1/job/{jobId}`
        """
        from .api.jobs import get_job_status as operation

        return await operation.asyncio_detailed(
            job_id=job_id,
            client=self._runtime.client,
        )


class AsyncJobsResource:
    """jobs operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncJobsRawResource(runtime)

    async def get_job_status(
        self,
        job_id: UUID,
    ) -> JobStatus:
        """Get the status of a job

        Status of a processing job. Poll until `completed` (the conversation's insights are
        ready) or `failed`. `scheduled` and `in_progress` mean keep waiting; a `webhookUrl` on
        the processing request is the push alternative (see the `jobStatus` webhook).

        `GET /v1/job/{jobId}`
        """
        response = await self.with_raw_response.get_job_status(
            job_id=job_id,
        )
        self._runtime.raise_for_status(response)
        return cast("JobStatus", response.parsed)


class AsyncProcessRawResource:
    """`process` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def submit_text(
        self,
        *,
        body: TextProcessRequest,
    ) -> Response[AsyncJobResponse | Error]:
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
        from .api.process import submit_text as operation

        return await operation.asyncio_detailed(
            body=body,
            client=self._runtime.client,
        )

    async def append_text(
        self,
        conversation_id: str,
        *,
        body: TextProcessRequest,
    ) -> Response[AsyncJobResponse | Error]:
        """Append text messages to a conversation

        Adds messages to an existing conversation and starts a job that recomputes its insights.
        Several appends to the same conversation are processed one after another, in the order
        they were submitted. Not safe to retry blindly: a repeated PUT appends the messages
        twice.

        Options and status codes as for `submitText` (201 primary, 200 also documented); 404 when
        the conversation does not exist.

        `PUT /v1/process/text/{conversationId}`
        """
        from .api.process import append_text as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )

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
        from .api.process import submit_audio as operation

        return await operation.asyncio_detailed(
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
            client=self._runtime.client,
        )

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
        """Append an audio file to a conversation

        Uploads another recording for an existing conversation and starts a job that
        transcribes it and recomputes the insights. Several appends to the same conversation
        are processed one after another, in submission order. Not safe to retry blindly: a
        repeated PUT appends the audio twice.

        Body, formats, limits and query options as for `submitAudio`; 201 primary, 200 also
        documented; 404 when the conversation does not exist.

        `PUT /v1/process/audio/{conversationId}`
        """
        from .api.process import append_audio as operation

        return await operation.asyncio_detailed(
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
            client=self._runtime.client,
        )

    async def submit_audio_url(
        self,
        *,
        body: MediaUrlProcessRequest,
    ) -> Response[AsyncJobResponse | Error]:
        """Submit an audio file by URL

        Has Symbl download a recording from a public URL and starts a job that transcribes it
        and derives its insights. The URL must serve the file directly (no redirects, no
        YouTube-style pages). Formats and the 4-hour limit as for `submitAudio`.

        All options travel in the JSON body. Symbl's generated client sends
        `enableSpeakerDiarization` and `diarizationSpeakerCount` as query parameters instead;
        this description follows the documentation and the Go SDK and keeps them in the body.
        201 primary, 200 also documented (the sources disagree).

        `POST /v1/process/audio/url`
        """
        from .api.process import submit_audio_url as operation

        return await operation.asyncio_detailed(
            body=body,
            client=self._runtime.client,
        )

    async def append_audio_url(
        self,
        conversation_id: str,
        *,
        body: MediaUrlProcessRequest,
    ) -> Response[AsyncJobResponse | Error]:
        """Append an audio file by URL to a conversation

        Has Symbl download another recording for an existing conversation and starts a job that
        transcribes it and recomputes the insights. Appends to one conversation are processed in
        submission order. Not safe to retry blindly: a repeated PUT appends the audio twice.

        Body as for `submitAudioUrl`; 201 primary, 200 also documented; 404 when the
        conversation does not exist.

        `PUT /v1/process/audio/url/{conversationId}`
        """
        from .api.process import append_audio_url as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )

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
        """Submit a video file

        Uploads an mp4 video as the raw request body (not multipart) and starts a job that
        transcribes its audio track and derives the insights. Options go in the query string,
        exactly as for `submitAudio`; list- and object-valued options are URL-encoded JSON.

        Only `video/mp4` is accepted and the `Content-Type` header is required; at most 4 hours;
        send `Content-Length`. 201 primary, 200 also documented (the sources disagree).

        `POST /v1/process/video`
        """
        from .api.process import submit_video as operation

        return await operation.asyncio_detailed(
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
            client=self._runtime.client,
        )

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
        """Append a video file to a conversation

        Uploads another mp4 video for an existing conversation and starts a job that
        transcribes it and recomputes the insights. Appends to one conversation are processed
        in submission order. Not safe to retry blindly: a repeated PUT appends the video twice.

        Body, limits and query options as for `submitVideo`; 201 primary, 200 also documented;
        404 when the conversation does not exist.

        `PUT /v1/process/video/{conversationId}`
        """
        from .api.process import append_video as operation

        return await operation.asyncio_detailed(
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
            client=self._runtime.client,
        )

    async def submit_video_url(
        self,
        *,
        body: MediaUrlProcessRequest,
    ) -> Response[AsyncJobResponse | Error]:
        """Submit a video file by URL

        Has Symbl download an mp4 video from a public URL and starts a job that transcribes it
        and derives its insights. The URL must serve the file directly (no redirects, no
        YouTube-style pages); at most 4 hours. All options travel in the JSON body, as for
        `submitAudioUrl`. 201 primary, 200 also documented (the sources disagree).

        `POST /v1/process/video/url`
        """
        from .api.process import submit_video_url as operation

        return await operation.asyncio_detailed(
            body=body,
            client=self._runtime.client,
        )

    async def append_video_url(
        self,
        conversation_id: str,
        *,
        body: MediaUrlProcessRequest,
    ) -> Response[AsyncJobResponse | Error]:
        """Append a video file by URL to a conversation

        Has Symbl download another mp4 video for an existing conversation and starts a job that
        transcribes it and recomputes the insights. Appends to one conversation are processed in
        submission order. Not safe to retry blindly: a repeated PUT appends the video twice.

        Body as for `submitVideoUrl`; 201 primary, 200 also documented; 404 when the
        conversation does not exist.

        `PUT /v1/process/video/url/{conversationId}`
        """
        from .api.process import append_video_url as operation

        return await operation.asyncio_detailed(
            conversation_id=conversation_id,
            body=body,
            client=self._runtime.client,
        )


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
    ) -> AsyncJob:
        """Submit an audio file by URL

        Has Symbl download a recording from a public URL and starts a job that transcribes it
        and derives its insights. The URL must serve the file directly (no redirects, no
        YouTube-style pages). Formats and the 4-hour limit as for `submitAudio`.

        All options travel in the JSON body. Symbl's generated client sends
        `enableSpeakerDiarization` and `diarizationSpeakerCount` as query parameters instead;
        this description follows the documentation and the Go SDK and keeps them in the body.
        201 primary, 200 also documented (the sources disagree).

        `POST /v1/process/audio/url`
        """
        response = await self.with_raw_response.submit_audio_url(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("submit_audio_url", response.parsed)

    async def append_audio_url(
        self,
        conversation_id: str,
        *,
        body: MediaUrlProcessRequest,
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
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("submit_video_url", response.parsed)

    async def append_video_url(
        self,
        conversation_id: str,
        *,
        body: MediaUrlProcessRequest,
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
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return self._runtime.start_job("append_video_url", response.parsed)


class AsyncSettingsRawResource:
    """`settings` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get_settings(
        self,
    ) -> Response[Error | SettingsEnvelope]:
        """Get the account settings

        Returns the account's settings. Only settings that were configured are present;
        Symbl says the body is empty when none were, so `settings` itself is optional.

        `GET /v1/manage/settings`
        """
        from .api.settings import get_settings as operation

        return await operation.asyncio_detailed(
            client=self._runtime.client,
        )

    async def update_settings(
        self,
        *,
        body: list[JsonPatchOperation],
    ) -> Response[Error | SettingsEnvelope]:
        """Update the account settings

        Changes settings with a JSON-Patch (RFC 6902) array sent as `application/json`, as in
        Symbl's guide. Use `add` the first time a setting is configured and `replace`
        afterwards; for example path `/redaction` for redaction or
        `/intelligence/bookmarks/duration` for the default bookmark length. Returns all the
        settings after the change.

        `PATCH /v1/manage/settings`
        """
        from .api.settings import update_settings as operation

        return await operation.asyncio_detailed(
            body=body,
            client=self._runtime.client,
        )


class AsyncSettingsResource:
    """settings operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncSettingsRawResource(runtime)

    async def get_settings(
        self,
    ) -> SettingsEnvelope:
        """Get the account settings

        Returns the account's settings. Only settings that were configured are present;
        Symbl says the body is empty when none were, so `settings` itself is optional.

        `GET /v1/manage/settings`
        """
        response = await self.with_raw_response.get_settings()
        self._runtime.raise_for_status(response)
        return cast("SettingsEnvelope", response.parsed)

    async def update_settings(
        self,
        *,
        body: list[JsonPatchOperation],
    ) -> SettingsEnvelope:
        """Update the account settings

        Changes settings with a JSON-Patch (RFC 6902) array sent as `application/json`, as in
        Symbl's guide. Use `add` the first time a setting is configured and `replace`
        afterwards; for example path `/redaction` for redaction or
        `/intelligence/bookmarks/duration` for the default bookmark length. Returns all the
        settings after the change.

        `PATCH /v1/manage/settings`
        """
        response = await self.with_raw_response.update_settings(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("SettingsEnvelope", response.parsed)


class AsyncTelephonyRawResource:
    """`telephony` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def connect_endpoint(
        self,
        *,
        body: EndpointStartRequest | EndpointStopRequest,
    ) -> Response[EndpointConnectResponse | Error]:
        """Start or stop a telephony connection

        `operation: start` makes Symbl dial into a call over PSTN (`endpoint.type: pstn`, with
        `phoneNumber` and optional `dtmf`) or SIP (`endpoint.type: sip`, with `uri` and optional
        `audioConfig`) and returns a `connectionId` and the `conversationId` the call's
        insights are written to. `operation: stop` with that `connectionId` hangs up; the
        `connectionId` is no longer valid afterwards (a stop for an unknown or closed
        connection is described as `404`, one of the codes Symbl's sample code handles).

        The body is one of two shapes told apart by the constant `operation` field
        (`EndpointStartRequest` or `EndpointStopRequest`).

        Symbl's documentation samples expect `201 Created`; as for the processing endpoints
        (project decision 2) `200` with the same body is also documented, and the mock answers
        `201`. The fields `intents`, `endpointWebhookUrl`, `callbackUrl`, `headers`,
        `validationToken`, the endpoint's `language`, `timezoneOffset`, `idleTimeout` and
        `transportConfig`, and `summaryInfo` in the response appear only in Symbl's generated
        client (`symbl_rest`), not in the prose documentation.

        `POST /v1/endpoint:connect`
        """
        from .api.telephony import connect_endpoint as operation

        return await operation.asyncio_detailed(
            body=body,
            client=self._runtime.client,
        )

    async def push_event(
        self,
        connection_id: UUID,
        *,
        body: ExternalEvent,
    ) -> Response[Error | StatusMessage]:
        """Push a speaker event into a telephony connection

        Tells Symbl who is speaking on a live telephony connection (`topic: speaker`,
        `type: started_speaking` or `stopped_speaking`) so the transcript is attributed to the
        right person. This is the `eventUrl` returned by `connectEndpoint`. The body shape comes
        from Symbl's generated client (`ExternalEvent`) and the active-speaker-events guide;
        the acknowledgement body is not documented, so a plain `message` is described.

        `POST /v1/event/{connectionId}`
        """
        from .api.telephony import push_event as operation

        return await operation.asyncio_detailed(
            connection_id=connection_id,
            body=body,
            client=self._runtime.client,
        )


class AsyncTelephonyResource:
    """telephony operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncTelephonyRawResource(runtime)

    async def connect_endpoint(
        self,
        *,
        body: EndpointStartRequest | EndpointStopRequest,
    ) -> EndpointConnectResponse:
        """Start or stop a telephony connection

        `operation: start` makes Symbl dial into a call over PSTN (`endpoint.type: pstn`, with
        `phoneNumber` and optional `dtmf`) or SIP (`endpoint.type: sip`, with `uri` and optional
        `audioConfig`) and returns a `connectionId` and the `conversationId` the call's
        insights are written to. `operation: stop` with that `connectionId` hangs up; the
        `connectionId` is no longer valid afterwards (a stop for an unknown or closed
        connection is described as `404`, one of the codes Symbl's sample code handles).

        The body is one of two shapes told apart by the constant `operation` field
        (`EndpointStartRequest` or `EndpointStopRequest`).

        Symbl's documentation samples expect `201 Created`; as for the processing endpoints
        (project decision 2) `200` with the same body is also documented, and the mock answers
        `201`. The fields `intents`, `endpointWebhookUrl`, `callbackUrl`, `headers`,
        `validationToken`, the endpoint's `language`, `timezoneOffset`, `idleTimeout` and
        `transportConfig`, and `summaryInfo` in the response appear only in Symbl's generated
        client (`symbl_rest`), not in the prose documentation.

        `POST /v1/endpoint:connect`
        """
        response = await self.with_raw_response.connect_endpoint(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("EndpointConnectResponse", response.parsed)

    async def push_event(
        self,
        connection_id: UUID,
        *,
        body: ExternalEvent,
    ) -> StatusMessage:
        """Push a speaker event into a telephony connection

        Tells Symbl who is speaking on a live telephony connection (`topic: speaker`,
        `type: started_speaking` or `stopped_speaking`) so the transcript is attributed to the
        right person. This is the `eventUrl` returned by `connectEndpoint`. The body shape comes
        from Symbl's generated client (`ExternalEvent`) and the active-speaker-events guide;
        the acknowledgement body is not documented, so a plain `message` is described.

        `POST /v1/event/{connectionId}`
        """
        response = await self.with_raw_response.push_event(
            body=body,
            connection_id=connection_id,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)


class AsyncTrackersRawResource:
    """`trackers` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list_trackers(
        self,
        *,
        name: str | Unset = UNSET,
    ) -> Response[Error | TrackerList]:
        """List trackers

        Returns every tracker of the account in one response (no pagination), or only the
        tracker whose name matches `name` exactly (case-sensitive). One 2022 example shows a
        singular `tracker` wrapper here; the list wrapper `trackers` is used, as in the other
        examples and the Go SDK.

        `GET /v1/manage/trackers`
        """
        from .api.trackers import list_trackers as operation

        return await operation.asyncio_detailed(
            name=name,
            client=self._runtime.client,
        )

    async def create_tracker(
        self,
        *,
        body: TrackerRequest,
    ) -> Response[Error | TrackerEnvelope]:
        """Create a tracker

        Creates one account-wide tracker: a named set of phrases Symbl looks for (exactly and
        by meaning) in conversations. Names are unique per account and case-sensitive; a
        duplicate name answers `409`. An account holds up to 500 trackers; 5 to 50
        vocabulary terms are recommended, and terms may use only letters, digits, spaces and
        the punctuation `.` `'` `-`. Bodies over 1 MB answer `413`; the API allows one
        concurrent create or update per account (`429` otherwise).

        Symbl's 2022 documentation used this path for *bulk* creation with an array body;
        following the newer guide and Go SDK (project decision 3) it creates a single tracker
        and bulk creation moved to `POST /v1/manage/trackers/bulk`. The success status is not
        stated by Symbl: `201` is documented as primary and `200` with the same body is also
        accepted.

        `POST /v1/manage/trackers`
        """
        from .api.trackers import create_tracker as operation

        return await operation.asyncio_detailed(
            body=body,
            client=self._runtime.client,
        )

    async def create_trackers_bulk(
        self,
        *,
        body: list[TrackerRequest],
    ) -> Response[Error | TrackerList]:
        """Create several trackers

        Creates each tracker of the array separately and returns them all. Same rules as
        `createTracker` (unique case-sensitive names, 1 MB body, one concurrent request).
        The newer guide and Go SDK use this path; the 2022 documentation posted the array to
        `/v1/manage/trackers` instead (project decision 3). `201` is primary; `200` with the
        same body is also accepted.

        `POST /v1/manage/trackers/bulk`
        """
        from .api.trackers import create_trackers_bulk as operation

        return await operation.asyncio_detailed(
            body=body,
            client=self._runtime.client,
        )

    async def get_tracker(
        self,
        tracker_id: str,
    ) -> Response[Error | TrackerEnvelope]:
        """Get a tracker

        Returns one tracker by id.

        `GET /v1/manage/trackers/{trackerId}`
        """
        from .api.trackers import get_tracker as operation

        return await operation.asyncio_detailed(
            tracker_id=tracker_id,
            client=self._runtime.client,
        )

    async def delete_tracker(
        self,
        tracker_id: str,
    ) -> Response[DeleteResult | Error]:
        """Delete a tracker

        Deletes a tracker. The Go SDK ignores the body; the 2022 documentation shows
        `{id, type: tracker, deleted: true}`, which is described.

        `DELETE /v1/manage/trackers/{trackerId}`
        """
        from .api.trackers import delete_tracker as operation

        return await operation.asyncio_detailed(
            tracker_id=tracker_id,
            client=self._runtime.client,
        )

    async def update_tracker(
        self,
        tracker_id: str,
        *,
        body: list[TrackerPatchOperation],
    ) -> Response[Error | TrackerEnvelope]:
        """Update a tracker

        Changes a tracker with a JSON-Patch (RFC 6902) array. Each operation is `add`,
        `replace` or `remove` on one of `/name`, `/description`, `/categories`, `/languages`,
        `/vocabulary`, `/excludeVocabulary`. Symbl's newer guide and Go SDK send the array as
        `application/json` (not `application/json-patch+json`), so that is the media type
        described. Renaming to an existing name answers `409`; the 1 MB and one-concurrent
        request limits of `createTracker` apply. This replaces the 2022 `PUT
        /v1/manage/tracker/{trackerId}` (project decision 3).

        `PATCH /v1/manage/trackers/{trackerId}`
        """
        from .api.trackers import update_tracker as operation

        return await operation.asyncio_detailed(
            tracker_id=tracker_id,
            body=body,
            client=self._runtime.client,
        )

    async def create_tracker_legacy(
        self,
        *,
        body: TrackerRequest,
    ) -> Response[Error | TrackerEnvelope]:
        """Create a tracker (2022 path) (deprecated)

        Deprecated: use `createTracker` (`POST /v1/manage/trackers`). The 2022 singular path
        kept for existing callers (project decision 3); it knew only `name` and `vocabulary`.
        Same rules and errors as `createTracker`.

        `POST /v1/manage/tracker`
        """
        from .api.trackers import create_tracker_legacy as operation

        return await operation.asyncio_detailed(
            body=body,
            client=self._runtime.client,
        )

    async def get_tracker_legacy(
        self,
        tracker_id: str,
    ) -> Response[Error | TrackerEnvelope]:
        """Get a tracker (2022 path) (deprecated)

        Deprecated; use `getTracker` (`GET /v1/manage/trackers/{trackerId}`). Same response.

        `GET /v1/manage/tracker/{trackerId}`
        """
        from .api.trackers import get_tracker_legacy as operation

        return await operation.asyncio_detailed(
            tracker_id=tracker_id,
            client=self._runtime.client,
        )

    async def update_tracker_legacy(
        self,
        tracker_id: str,
        *,
        body: LegacyTrackerUpdate,
    ) -> Response[Error | TrackerEnvelope]:
        """Update a tracker (2022 path) (deprecated)

        Deprecated; use `updateTracker` (`PATCH /v1/manage/trackers/{trackerId}` with
        JSON-Patch). Sends the tracker's `name` and `vocabulary`. The 2022 text calls this an
        update while its example response shows the old and new vocabulary merged, so the
        result may be a union of the terms rather than a replacement; `updateTracker` states
        the intent explicitly.

        `PUT /v1/manage/tracker/{trackerId}`
        """
        from .api.trackers import update_tracker_legacy as operation

        return await operation.asyncio_detailed(
            tracker_id=tracker_id,
            body=body,
            client=self._runtime.client,
        )

    async def delete_tracker_legacy(
        self,
        tracker_id: str,
    ) -> Response[DeleteResult | Error]:
        """Delete a tracker (2022 path) (deprecated)

        Deprecated; use `deleteTracker` (`DELETE /v1/manage/trackers/{trackerId}`). Same response.

        `DELETE /v1/manage/tracker/{trackerId}`
        """
        from .api.trackers import delete_tracker_legacy as operation

        return await operation.asyncio_detailed(
            tracker_id=tracker_id,
            client=self._runtime.client,
        )


class AsyncTrackersResource:
    """trackers operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncTrackersRawResource(runtime)

    async def list_trackers(
        self,
        *,
        name: str | Unset = UNSET,
    ) -> TrackerList:
        """List trackers

        Returns every tracker of the account in one response (no pagination), or only the
        tracker whose name matches `name` exactly (case-sensitive). One 2022 example shows a
        singular `tracker` wrapper here; the list wrapper `trackers` is used, as in the other
        examples and the Go SDK.

        `GET /v1/manage/trackers`
        """
        response = await self.with_raw_response.list_trackers(
            name=name,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerList", response.parsed)

    async def create_tracker(
        self,
        *,
        body: TrackerRequest,
    ) -> TrackerEnvelope:
        """Create a tracker

        Creates one account-wide tracker: a named set of phrases Symbl looks for (exactly and
        by meaning) in conversations. Names are unique per account and case-sensitive; a
        duplicate name answers `409`. An account holds up to 500 trackers; 5 to 50
        vocabulary terms are recommended, and terms may use only letters, digits, spaces and
        the punctuation `.` `'` `-`. Bodies over 1 MB answer `413`; the API allows one
        concurrent create or update per account (`429` otherwise).

        Symbl's 2022 documentation used this path for *bulk* creation with an array body;
        following the newer guide and Go SDK (project decision 3) it creates a single tracker
        and bulk creation moved to `POST /v1/manage/trackers/bulk`. The success status is not
        stated by Symbl: `201` is documented as primary and `200` with the same body is also
        accepted.

        `POST /v1/manage/trackers`
        """
        response = await self.with_raw_response.create_tracker(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    async def create_trackers_bulk(
        self,
        *,
        body: list[TrackerRequest],
    ) -> TrackerList:
        """Create several trackers

        Creates each tracker of the array separately and returns them all. Same rules as
        `createTracker` (unique case-sensitive names, 1 MB body, one concurrent request).
        The newer guide and Go SDK use this path; the 2022 documentation posted the array to
        `/v1/manage/trackers` instead (project decision 3). `201` is primary; `200` with the
        same body is also accepted.

        `POST /v1/manage/trackers/bulk`
        """
        response = await self.with_raw_response.create_trackers_bulk(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerList", response.parsed)

    async def get_tracker(
        self,
        tracker_id: str,
    ) -> TrackerEnvelope:
        """Get a tracker

        Returns one tracker by id.

        `GET /v1/manage/trackers/{trackerId}`
        """
        response = await self.with_raw_response.get_tracker(
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    async def delete_tracker(
        self,
        tracker_id: str,
    ) -> DeleteResult:
        """Delete a tracker

        Deletes a tracker. The Go SDK ignores the body; the 2022 documentation shows
        `{id, type: tracker, deleted: true}`, which is described.

        `DELETE /v1/manage/trackers/{trackerId}`
        """
        response = await self.with_raw_response.delete_tracker(
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)

    async def update_tracker(
        self,
        tracker_id: str,
        *,
        body: list[TrackerPatchOperation],
    ) -> TrackerEnvelope:
        """Update a tracker

        Changes a tracker with a JSON-Patch (RFC 6902) array. Each operation is `add`,
        `replace` or `remove` on one of `/name`, `/description`, `/categories`, `/languages`,
        `/vocabulary`, `/excludeVocabulary`. Symbl's newer guide and Go SDK send the array as
        `application/json` (not `application/json-patch+json`), so that is the media type
        described. Renaming to an existing name answers `409`; the 1 MB and one-concurrent
        request limits of `createTracker` apply. This replaces the 2022 `PUT
        /v1/manage/tracker/{trackerId}` (project decision 3).

        `PATCH /v1/manage/trackers/{trackerId}`
        """
        response = await self.with_raw_response.update_tracker(
            body=body,
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    async def create_tracker_legacy(
        self,
        *,
        body: TrackerRequest,
    ) -> TrackerEnvelope:
        """Create a tracker (2022 path) (deprecated)

        Deprecated: use `createTracker` (`POST /v1/manage/trackers`). The 2022 singular path
        kept for existing callers (project decision 3); it knew only `name` and `vocabulary`.
        Same rules and errors as `createTracker`.

        `POST /v1/manage/tracker`
        """
        response = await self.with_raw_response.create_tracker_legacy(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    async def get_tracker_legacy(
        self,
        tracker_id: str,
    ) -> TrackerEnvelope:
        """Get a tracker (2022 path) (deprecated)

        Deprecated; use `getTracker` (`GET /v1/manage/trackers/{trackerId}`). Same response.

        `GET /v1/manage/tracker/{trackerId}`
        """
        response = await self.with_raw_response.get_tracker_legacy(
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    async def update_tracker_legacy(
        self,
        tracker_id: str,
        *,
        body: LegacyTrackerUpdate,
    ) -> TrackerEnvelope:
        """Update a tracker (2022 path) (deprecated)

        Deprecated; use `updateTracker` (`PATCH /v1/manage/trackers/{trackerId}` with
        JSON-Patch). Sends the tracker's `name` and `vocabulary`. The 2022 text calls this an
        update while its example response shows the old and new vocabulary merged, so the
        result may be a union of the terms rather than a replacement; `updateTracker` states
        the intent explicitly.

        `PUT /v1/manage/tracker/{trackerId}`
        """
        response = await self.with_raw_response.update_tracker_legacy(
            body=body,
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    async def delete_tracker_legacy(
        self,
        tracker_id: str,
    ) -> DeleteResult:
        """Delete a tracker (2022 path) (deprecated)

        Deprecated; use `deleteTracker` (`DELETE /v1/manage/trackers/{trackerId}`). Same response.

        `DELETE /v1/manage/tracker/{trackerId}`
        """
        response = await self.with_raw_response.delete_tracker_legacy(
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)


class AsyncConversationHandle:
    """One conversation: every operation on `/…/{conversationId}` without repeating the id."""

    def __init__(self, resources: AsyncSymblResources, conversation_id: str) -> None:
        self._resources = resources
        self.conversation_id = conversation_id

    def __repr__(self) -> str:
        return f"AsyncConversationHandle(conversation_id={self.conversation_id!r})"

    async def list_bookmarks(
        self,
    ) -> BookmarkList:
        """List the bookmarks of a conversation (see `client.bookmarks.list_bookmarks`)."""
        return await self._resources.bookmarks.list_bookmarks(
            self.conversation_id,
        )

    async def create_bookmark(
        self,
        *,
        body: BookmarkRequest,
    ) -> Bookmark:
        """Create a bookmark (see `client.bookmarks.create_bookmark`)."""
        return await self._resources.bookmarks.create_bookmark(
            self.conversation_id,
            body=body,
        )

    async def create_bookmarks_bulk(
        self,
        *,
        body: list[BookmarkRequest],
    ) -> BookmarkList:
        """Create several bookmarks at once (see `client.bookmarks.create_bookmarks_bulk`)."""
        return await self._resources.bookmarks.create_bookmarks_bulk(
            self.conversation_id,
            body=body,
        )

    async def get_bookmark(
        self,
        bookmark_id: str,
    ) -> Bookmark:
        """Get a bookmark (see `client.bookmarks.get_bookmark`)."""
        return await self._resources.bookmarks.get_bookmark(
            self.conversation_id,
            bookmark_id=bookmark_id,
        )

    async def update_bookmark(
        self,
        bookmark_id: str,
        *,
        body: BookmarkRequest,
    ) -> Bookmark:
        """Replace a bookmark (see `client.bookmarks.update_bookmark`)."""
        return await self._resources.bookmarks.update_bookmark(
            self.conversation_id,
            bookmark_id=bookmark_id,
            body=body,
        )

    async def delete_bookmark(
        self,
        bookmark_id: str,
    ) -> None:
        """Delete a bookmark (see `client.bookmarks.delete_bookmark`)."""
        return await self._resources.bookmarks.delete_bookmark(
            self.conversation_id,
            bookmark_id=bookmark_id,
        )

    async def get_bookmark_summary(
        self,
        bookmark_id: str,
    ) -> BookmarkSummary:
        """Summarize one bookmark (see `client.bookmarks.get_bookmark_summary`)."""
        return await self._resources.bookmarks.get_bookmark_summary(
            self.conversation_id,
            bookmark_id=bookmark_id,
        )

    async def get_bookmarks_summary(
        self,
    ) -> BookmarksSummaryList:
        """Summarize all bookmarks of a conversation (see `client.bookmarks.get_bookmarks_summary`)."""
        return await self._resources.bookmarks.get_bookmarks_summary(
            self.conversation_id,
        )

    async def get_conversation(
        self,
    ) -> Conversation:
        """Get a conversation (see `client.conversations.get_conversation`)."""
        return await self._resources.conversations.get_conversation(
            self.conversation_id,
        )

    async def update_conversation(
        self,
        *,
        body: UpdateConversationRequest,
    ) -> UpdatedConversation:
        """Update a conversation's metadata (see `client.conversations.update_conversation`)."""
        return await self._resources.conversations.update_conversation(
            self.conversation_id,
            body=body,
        )

    async def delete_conversation(
        self,
    ) -> StatusMessage:
        """Delete a conversation (see `client.conversations.delete_conversation`)."""
        return await self._resources.conversations.delete_conversation(
            self.conversation_id,
        )

    async def get_messages(
        self,
        *,
        verbose: bool | Unset = False,
        sentiment: bool | Unset = False,
        redact: bool | Unset = False,
        exclude: list[str] | Unset = UNSET,
    ) -> MessageList:
        """Get the transcript messages (see `client.conversations.get_messages`)."""
        return await self._resources.conversations.get_messages(
            self.conversation_id,
            verbose=verbose,
            sentiment=sentiment,
            redact=redact,
            exclude=exclude,
        )

    async def get_members(
        self,
    ) -> MemberList:
        """List the conversation's members (see `client.conversations.get_members`)."""
        return await self._resources.conversations.get_members(
            self.conversation_id,
        )

    async def update_member(
        self,
        member_id: UUID,
        *,
        body: UpdateMemberRequest,
    ) -> StatusMessage:
        """Update a member's name and email (see `client.conversations.update_member`)."""
        return await self._resources.conversations.update_member(
            self.conversation_id,
            member_id=member_id,
            body=body,
        )

    async def update_speaker_events(
        self,
        *,
        body: SpeakerEventsRequest,
    ) -> StatusMessage:
        """Attribute speech to speakers with speaker events (see `client.conversations.update_speaker_events`)."""
        return await self._resources.conversations.update_speaker_events(
            self.conversation_id,
            body=body,
        )

    async def get_topics(
        self,
        *,
        sentiment: bool | Unset = False,
        parent_refs: bool | Unset = False,
        custom_topic_vocabulary: str | Unset = UNSET,
        refresh: bool | Unset = False,
    ) -> TopicList:
        """Get the topics (see `client.conversations.get_topics`)."""
        return await self._resources.conversations.get_topics(
            self.conversation_id,
            sentiment=sentiment,
            parent_refs=parent_refs,
            custom_topic_vocabulary=custom_topic_vocabulary,
            refresh=refresh,
        )

    async def get_questions(
        self,
    ) -> QuestionList:
        """Get the questions (see `client.conversations.get_questions`)."""
        return await self._resources.conversations.get_questions(
            self.conversation_id,
        )

    async def get_action_items(
        self,
    ) -> ActionItemList:
        """Get the action items (see `client.conversations.get_action_items`)."""
        return await self._resources.conversations.get_action_items(
            self.conversation_id,
        )

    async def get_follow_ups(
        self,
    ) -> FollowUpList:
        """Get the follow-ups (see `client.conversations.get_follow_ups`)."""
        return await self._resources.conversations.get_follow_ups(
            self.conversation_id,
        )

    async def get_insights(
        self,
    ) -> InsightList:
        """Get all insights (legacy) (see `client.conversations.get_insights`)."""
        return await self._resources.conversations.get_insights(
            self.conversation_id,
        )

    async def get_entities(
        self,
    ) -> EntityList:
        """Get the detected entities (see `client.conversations.get_entities`)."""
        return await self._resources.conversations.get_entities(
            self.conversation_id,
        )

    async def get_trackers(
        self,
    ) -> list[DetectedTracker]:
        """Get the detected trackers (see `client.conversations.get_trackers`)."""
        return await self._resources.conversations.get_trackers(
            self.conversation_id,
        )

    async def get_trackers_detected(
        self,
    ) -> list[DetectedTracker]:
        """Get the detected trackers (deprecated path) (see `client.conversations.get_trackers_detected`)."""
        return await self._resources.conversations.get_trackers_detected(
            self.conversation_id,
        )

    async def get_analytics(
        self,
    ) -> Analytics:
        """Get the conversation analytics (see `client.conversations.get_analytics`)."""
        return await self._resources.conversations.get_analytics(
            self.conversation_id,
        )

    async def get_summary(
        self,
        *,
        refresh: bool | Unset = False,
    ) -> ConversationSummary:
        """Get the summary (see `client.conversations.get_summary`)."""
        return await self._resources.conversations.get_summary(
            self.conversation_id,
            refresh=refresh,
        )

    async def refresh_summary(
        self,
        *,
        refresh: bool | Unset = True,
    ) -> ConversationSummary:
        """Regenerate the summary (see `client.conversations.refresh_summary`)."""
        return await self._resources.conversations.refresh_summary(
            self.conversation_id,
            refresh=refresh,
        )

    async def get_formatted_transcript(
        self,
        *,
        body: FormattedTranscriptRequest,
    ) -> FormattedTranscript:
        """Get a formatted transcript (Markdown or SRT) (see `client.conversations.get_formatted_transcript`)."""
        return await self._resources.conversations.get_formatted_transcript(
            self.conversation_id,
            body=body,
        )

    async def get_call_score(
        self,
    ) -> CallScore:
        """Get the call score (see `client.conversations.get_call_score`)."""
        return await self._resources.conversations.get_call_score(
            self.conversation_id,
        )

    async def get_call_score_status(
        self,
    ) -> CallScoreStatus:
        """Get the status of the call score computation (see `client.conversations.get_call_score_status`)."""
        return await self._resources.conversations.get_call_score_status(
            self.conversation_id,
        )

    async def get_lm_insights_status(
        self,
    ) -> CallScoreStatus:
        """Get the status of the language-model insights (see `client.conversations.get_lm_insights_status`)."""
        return await self._resources.conversations.get_lm_insights_status(
            self.conversation_id,
        )

    async def get_comprehensive_action_items(
        self,
    ) -> ComprehensiveActionItemList:
        """Get comprehensive action items (Labs) (see `client.conversations.get_comprehensive_action_items`)."""
        return await self._resources.conversations.get_comprehensive_action_items(
            self.conversation_id,
        )

    async def get_abstract_topics(
        self,
    ) -> AbstractTopicList:
        """Get abstract topics (Labs) (see `client.conversations.get_abstract_topics`)."""
        return await self._resources.conversations.get_abstract_topics(
            self.conversation_id,
        )

    async def get_intents(
        self,
    ) -> IntentList:
        """Get the detected intents (see `client.conversations.get_intents`)."""
        return await self._resources.conversations.get_intents(
            self.conversation_id,
        )

    async def create_experience(
        self,
        *,
        body: ExperienceRequest,
    ) -> Experience:
        """Create a pre-built summary page (see `client.experiences.create_experience`)."""
        return await self._resources.experiences.create_experience(
            self.conversation_id,
            body=body,
        )

    async def get_insights_details_url(
        self,
        *,
        include_call_score: bool | Unset = UNSET,
    ) -> ExperienceUrl:
        """Get the Insights UI details page URL of a conversation (see `client.experiences.get_insights_details_url`)."""
        return await self._resources.experiences.get_insights_details_url(
            self.conversation_id,
            include_call_score=include_call_score,
        )

    async def set_experience_media_url(
        self,
        *,
        body: ExperienceMediaUrlRequest,
    ) -> StatusMessage:
        """Set the media URL played by the Insights UI (see `client.experiences.set_experience_media_url`)."""
        return await self._resources.experiences.set_experience_media_url(
            self.conversation_id,
            body=body,
        )

    async def append_text(
        self,
        *,
        body: TextProcessRequest,
    ) -> AsyncJob:
        """Append text messages to a conversation (see `client.process.append_text`)."""
        return await self._resources.process.append_text(
            self.conversation_id,
            body=body,
        )

    async def append_audio(
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
        """Append an audio file to a conversation (see `client.process.append_audio`)."""
        return await self._resources.process.append_audio(
            self.conversation_id,
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

    async def append_audio_url(
        self,
        *,
        body: MediaUrlProcessRequest,
    ) -> AsyncJob:
        """Append an audio file by URL to a conversation (see `client.process.append_audio_url`)."""
        return await self._resources.process.append_audio_url(
            self.conversation_id,
            body=body,
        )

    async def append_video(
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
        """Append a video file to a conversation (see `client.process.append_video`)."""
        return await self._resources.process.append_video(
            self.conversation_id,
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

    async def append_video_url(
        self,
        *,
        body: MediaUrlProcessRequest,
    ) -> AsyncJob:
        """Append a video file by URL to a conversation (see `client.process.append_video_url`)."""
        return await self._resources.process.append_video_url(
            self.conversation_id,
            body=body,
        )


class AsyncSymblResources:
    """Every tag of the spec as an attribute."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self.auth = AsyncAuthResource(runtime)
        self.bookmarks = AsyncBookmarksResource(runtime)
        self.conversations = AsyncConversationsResource(runtime)
        self.entities = AsyncEntitiesResource(runtime)
        self.experiences = AsyncExperiencesResource(runtime)
        self.groups = AsyncGroupsResource(runtime)
        self.jobs = AsyncJobsResource(runtime)
        self.process = AsyncProcessResource(runtime)
        self.settings = AsyncSettingsResource(runtime)
        self.telephony = AsyncTelephonyResource(runtime)
        self.trackers = AsyncTrackersResource(runtime)

    def conversation(self, conversation_id: str) -> AsyncConversationHandle:
        """A handle on one conversation's resources."""
        return AsyncConversationHandle(self, conversation_id)
