# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""`client.conversations.<operation>(...)`, sync and async, from the spec.

Models and endpoint modules are imported when an operation is first called, not when the
client is imported, so `import symbl_api` stays cheap.
"""

from __future__ import annotations

import datetime
import os
from typing import IO, TYPE_CHECKING, Any, cast

from .._runtime import AsyncPager, AsyncRuntime, SyncPager, SyncRuntime
from ..models.list_conversations_order import ListConversationsOrder
from ..types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.abstract_topic_list import AbstractTopicList
    from ..models.action_item_list import ActionItemList
    from ..models.analytics import Analytics
    from ..models.call_score import CallScore
    from ..models.call_score_status import CallScoreStatus
    from ..models.comprehensive_action_item_list import ComprehensiveActionItemList
    from ..models.conversation import Conversation
    from ..models.conversation_list import ConversationList
    from ..models.conversation_summary import ConversationSummary
    from ..models.detected_tracker import DetectedTracker
    from ..models.entity_list import EntityList
    from ..models.error import Error
    from ..models.follow_up_list import FollowUpList
    from ..models.formatted_transcript import FormattedTranscript
    from ..models.formatted_transcript_request import FormattedTranscriptRequest
    from ..models.insight_list import InsightList
    from ..models.intent_list import IntentList
    from ..models.member_list import MemberList
    from ..models.message_list import MessageList
    from ..models.question_list import QuestionList
    from ..models.speaker_events_request import SpeakerEventsRequest
    from ..models.status_message import StatusMessage
    from ..models.topic_list import TopicList
    from ..models.update_conversation_request import UpdateConversationRequest
    from ..models.update_member_request import UpdateMemberRequest
    from ..models.updated_conversation import UpdatedConversation

_ = (datetime, Any, os, IO, File, UNSET, Unset, cast)  # used by some signatures only


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
        """`conversations.list_conversations` returning the raw response: `GET /v1/conversations`."""
        from ..api.conversations import list_conversations as operation

        request = operation._get_kwargs(
            limit=limit,
            offset=offset,
            order=order,
            sort=sort,
            start_time=start_time,
            end_time=end_time,
            filter_=filter_,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_conversation(
        self,
        conversation_id: str,
    ) -> Response[Conversation | Error]:
        """`conversations.get_conversation` returning the raw response: `GET /v1/conversations/{conversationId}`."""
        from ..api.conversations import get_conversation as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def update_conversation(
        self,
        conversation_id: str,
        *,
        body: UpdateConversationRequest,
    ) -> Response[Error | UpdatedConversation]:
        """`conversations.update_conversation` returning the raw response: `PUT /v1/conversations/{conversationId}`."""
        from ..api.conversations import update_conversation as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def delete_conversation(
        self,
        conversation_id: str,
    ) -> Response[Error | StatusMessage]:
        """`conversations.delete_conversation` returning the raw response: `DELETE /v1/conversations/{conversationId}`."""
        from ..api.conversations import delete_conversation as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_messages(
        self,
        conversation_id: str,
        *,
        verbose: bool | Unset = False,
        sentiment: bool | Unset = False,
        redact: bool | Unset = False,
        exclude: list[str] | Unset = UNSET,
    ) -> Response[Error | MessageList]:
        """`conversations.get_messages` returning the raw response: `GET /v1/conversations/{conversationId}/messages`."""
        from ..api.conversations import get_messages as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            verbose=verbose,
            sentiment=sentiment,
            redact=redact,
            exclude=exclude,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_members(
        self,
        conversation_id: str,
    ) -> Response[Error | MemberList]:
        """`conversations.get_members` returning the raw response: `GET /v1/conversations/{conversationId}/members`."""
        from ..api.conversations import get_members as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def update_member(
        self,
        conversation_id: str,
        member_id: UUID,
        *,
        body: UpdateMemberRequest,
    ) -> Response[Error | StatusMessage]:
        """`conversations.update_member` returning the raw response: `PUT /v1/conversations/{conversationId}/members/{memberId}`."""
        from ..api.conversations import update_member as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            member_id=member_id,
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def update_speaker_events(
        self,
        conversation_id: str,
        *,
        body: SpeakerEventsRequest,
    ) -> Response[Error | StatusMessage]:
        """`conversations.update_speaker_events` returning the raw response: `PUT /v1/conversations/{conversationId}/speakers`."""
        from ..api.conversations import update_speaker_events as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_topics(
        self,
        conversation_id: str,
        *,
        sentiment: bool | Unset = False,
        parent_refs: bool | Unset = False,
        custom_topic_vocabulary: str | Unset = UNSET,
        refresh: bool | Unset = False,
    ) -> Response[Error | TopicList]:
        """`conversations.get_topics` returning the raw response: `GET /v1/conversations/{conversationId}/topics`."""
        from ..api.conversations import get_topics as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            sentiment=sentiment,
            parent_refs=parent_refs,
            custom_topic_vocabulary=custom_topic_vocabulary,
            refresh=refresh,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_questions(
        self,
        conversation_id: str,
    ) -> Response[Error | QuestionList]:
        """`conversations.get_questions` returning the raw response: `GET /v1/conversations/{conversationId}/questions`."""
        from ..api.conversations import get_questions as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_action_items(
        self,
        conversation_id: str,
    ) -> Response[ActionItemList | Error]:
        """`conversations.get_action_items` returning the raw response: `GET /v1/conversations/{conversationId}/action-items`."""
        from ..api.conversations import get_action_items as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_follow_ups(
        self,
        conversation_id: str,
    ) -> Response[Error | FollowUpList]:
        """`conversations.get_follow_ups` returning the raw response: `GET /v1/conversations/{conversationId}/follow-ups`."""
        from ..api.conversations import get_follow_ups as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_insights(
        self,
        conversation_id: str,
    ) -> Response[Error | InsightList]:
        """`conversations.get_insights` returning the raw response: `GET /v1/conversations/{conversationId}/insights`."""
        from ..api.conversations import get_insights as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_entities(
        self,
        conversation_id: str,
    ) -> Response[EntityList | Error]:
        """`conversations.get_entities` returning the raw response: `GET /v1/conversations/{conversationId}/entities`."""
        from ..api.conversations import get_entities as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_trackers(
        self,
        conversation_id: str,
    ) -> Response[Error | list[DetectedTracker]]:
        """`conversations.get_trackers` returning the raw response: `GET /v1/conversations/{conversationId}/trackers`."""
        from ..api.conversations import get_trackers as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_trackers_detected(
        self,
        conversation_id: str,
    ) -> Response[Error | list[DetectedTracker]]:
        """`conversations.get_trackers_detected` returning the raw response: `GET /v1/conversations/{conversationId}/trackers-detected`."""
        from ..api.conversations import get_trackers_detected as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_analytics(
        self,
        conversation_id: str,
    ) -> Response[Analytics | Error]:
        """`conversations.get_analytics` returning the raw response: `GET /v1/conversations/{conversationId}/analytics`."""
        from ..api.conversations import get_analytics as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_summary(
        self,
        conversation_id: str,
        *,
        refresh: bool | Unset = False,
    ) -> Response[ConversationSummary | Error]:
        """`conversations.get_summary` returning the raw response: `GET /v1/conversations/{conversationId}/summary`."""
        from ..api.conversations import get_summary as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            refresh=refresh,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def refresh_summary(
        self,
        conversation_id: str,
        *,
        refresh: bool | Unset = True,
    ) -> Response[ConversationSummary | Error]:
        """`conversations.refresh_summary` returning the raw response: `POST /v1/conversations/{conversationId}/summary`."""
        from ..api.conversations import refresh_summary as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            refresh=refresh,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_formatted_transcript(
        self,
        conversation_id: str,
        *,
        body: FormattedTranscriptRequest,
    ) -> Response[Error | FormattedTranscript]:
        """`conversations.get_formatted_transcript` returning the raw response: `POST /v1/conversations/{conversationId}/transcript`."""
        from ..api.conversations import get_formatted_transcript as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_call_score(
        self,
        conversation_id: str,
    ) -> Response[CallScore | Error]:
        """`conversations.get_call_score` returning the raw response: `GET /v1/conversations/{conversationId}/callscore`."""
        from ..api.conversations import get_call_score as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_call_score_status(
        self,
        conversation_id: str,
    ) -> Response[CallScoreStatus | Error]:
        """`conversations.get_call_score_status` returning the raw response: `GET /v1/conversations/{conversationId}/callscore/status`."""
        from ..api.conversations import get_call_score_status as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_lm_insights_status(
        self,
        conversation_id: str,
    ) -> Response[CallScoreStatus | Error]:
        """`conversations.get_lm_insights_status` returning the raw response: `GET /v1/conversations/{conversationId}/lm-insights/status`."""
        from ..api.conversations import get_lm_insights_status as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_comprehensive_action_items(
        self,
        conversation_id: str,
    ) -> Response[ComprehensiveActionItemList | Error]:
        """`conversations.get_comprehensive_action_items` returning the raw response: `GET /v1/conversations/{conversationId}/comprehensive/action-items`."""
        from ..api.conversations import get_comprehensive_action_items as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_abstract_topics(
        self,
        conversation_id: str,
    ) -> Response[AbstractTopicList | Error]:
        """`conversations.get_abstract_topics` returning the raw response: `GET /v1/conversations/{conversationId}/abstract-topics`."""
        from ..api.conversations import get_abstract_topics as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_intents(
        self,
        conversation_id: str,
    ) -> Response[Error | IntentList]:
        """`conversations.get_intents` returning the raw response: `GET /v1/conversations/{conversationId}/intents`."""
        from ..api.conversations import get_intents as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))


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
        """`conversations.list_conversations` returning the raw response: `GET /v1/conversations`."""
        from ..api.conversations import list_conversations as operation

        request = operation._get_kwargs(
            limit=limit,
            offset=offset,
            order=order,
            sort=sort,
            start_time=start_time,
            end_time=end_time,
            filter_=filter_,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_conversation(
        self,
        conversation_id: str,
    ) -> Response[Conversation | Error]:
        """`conversations.get_conversation` returning the raw response: `GET /v1/conversations/{conversationId}`."""
        from ..api.conversations import get_conversation as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def update_conversation(
        self,
        conversation_id: str,
        *,
        body: UpdateConversationRequest,
    ) -> Response[Error | UpdatedConversation]:
        """`conversations.update_conversation` returning the raw response: `PUT /v1/conversations/{conversationId}`."""
        from ..api.conversations import update_conversation as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def delete_conversation(
        self,
        conversation_id: str,
    ) -> Response[Error | StatusMessage]:
        """`conversations.delete_conversation` returning the raw response: `DELETE /v1/conversations/{conversationId}`."""
        from ..api.conversations import delete_conversation as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_messages(
        self,
        conversation_id: str,
        *,
        verbose: bool | Unset = False,
        sentiment: bool | Unset = False,
        redact: bool | Unset = False,
        exclude: list[str] | Unset = UNSET,
    ) -> Response[Error | MessageList]:
        """`conversations.get_messages` returning the raw response: `GET /v1/conversations/{conversationId}/messages`."""
        from ..api.conversations import get_messages as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            verbose=verbose,
            sentiment=sentiment,
            redact=redact,
            exclude=exclude,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_members(
        self,
        conversation_id: str,
    ) -> Response[Error | MemberList]:
        """`conversations.get_members` returning the raw response: `GET /v1/conversations/{conversationId}/members`."""
        from ..api.conversations import get_members as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def update_member(
        self,
        conversation_id: str,
        member_id: UUID,
        *,
        body: UpdateMemberRequest,
    ) -> Response[Error | StatusMessage]:
        """`conversations.update_member` returning the raw response: `PUT /v1/conversations/{conversationId}/members/{memberId}`."""
        from ..api.conversations import update_member as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            member_id=member_id,
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def update_speaker_events(
        self,
        conversation_id: str,
        *,
        body: SpeakerEventsRequest,
    ) -> Response[Error | StatusMessage]:
        """`conversations.update_speaker_events` returning the raw response: `PUT /v1/conversations/{conversationId}/speakers`."""
        from ..api.conversations import update_speaker_events as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_topics(
        self,
        conversation_id: str,
        *,
        sentiment: bool | Unset = False,
        parent_refs: bool | Unset = False,
        custom_topic_vocabulary: str | Unset = UNSET,
        refresh: bool | Unset = False,
    ) -> Response[Error | TopicList]:
        """`conversations.get_topics` returning the raw response: `GET /v1/conversations/{conversationId}/topics`."""
        from ..api.conversations import get_topics as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            sentiment=sentiment,
            parent_refs=parent_refs,
            custom_topic_vocabulary=custom_topic_vocabulary,
            refresh=refresh,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_questions(
        self,
        conversation_id: str,
    ) -> Response[Error | QuestionList]:
        """`conversations.get_questions` returning the raw response: `GET /v1/conversations/{conversationId}/questions`."""
        from ..api.conversations import get_questions as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_action_items(
        self,
        conversation_id: str,
    ) -> Response[ActionItemList | Error]:
        """`conversations.get_action_items` returning the raw response: `GET /v1/conversations/{conversationId}/action-items`."""
        from ..api.conversations import get_action_items as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_follow_ups(
        self,
        conversation_id: str,
    ) -> Response[Error | FollowUpList]:
        """`conversations.get_follow_ups` returning the raw response: `GET /v1/conversations/{conversationId}/follow-ups`."""
        from ..api.conversations import get_follow_ups as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_insights(
        self,
        conversation_id: str,
    ) -> Response[Error | InsightList]:
        """`conversations.get_insights` returning the raw response: `GET /v1/conversations/{conversationId}/insights`."""
        from ..api.conversations import get_insights as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_entities(
        self,
        conversation_id: str,
    ) -> Response[EntityList | Error]:
        """`conversations.get_entities` returning the raw response: `GET /v1/conversations/{conversationId}/entities`."""
        from ..api.conversations import get_entities as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_trackers(
        self,
        conversation_id: str,
    ) -> Response[Error | list[DetectedTracker]]:
        """`conversations.get_trackers` returning the raw response: `GET /v1/conversations/{conversationId}/trackers`."""
        from ..api.conversations import get_trackers as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_trackers_detected(
        self,
        conversation_id: str,
    ) -> Response[Error | list[DetectedTracker]]:
        """`conversations.get_trackers_detected` returning the raw response: `GET /v1/conversations/{conversationId}/trackers-detected`."""
        from ..api.conversations import get_trackers_detected as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_analytics(
        self,
        conversation_id: str,
    ) -> Response[Analytics | Error]:
        """`conversations.get_analytics` returning the raw response: `GET /v1/conversations/{conversationId}/analytics`."""
        from ..api.conversations import get_analytics as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_summary(
        self,
        conversation_id: str,
        *,
        refresh: bool | Unset = False,
    ) -> Response[ConversationSummary | Error]:
        """`conversations.get_summary` returning the raw response: `GET /v1/conversations/{conversationId}/summary`."""
        from ..api.conversations import get_summary as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            refresh=refresh,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def refresh_summary(
        self,
        conversation_id: str,
        *,
        refresh: bool | Unset = True,
    ) -> Response[ConversationSummary | Error]:
        """`conversations.refresh_summary` returning the raw response: `POST /v1/conversations/{conversationId}/summary`."""
        from ..api.conversations import refresh_summary as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            refresh=refresh,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_formatted_transcript(
        self,
        conversation_id: str,
        *,
        body: FormattedTranscriptRequest,
    ) -> Response[Error | FormattedTranscript]:
        """`conversations.get_formatted_transcript` returning the raw response: `POST /v1/conversations/{conversationId}/transcript`."""
        from ..api.conversations import get_formatted_transcript as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_call_score(
        self,
        conversation_id: str,
    ) -> Response[CallScore | Error]:
        """`conversations.get_call_score` returning the raw response: `GET /v1/conversations/{conversationId}/callscore`."""
        from ..api.conversations import get_call_score as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_call_score_status(
        self,
        conversation_id: str,
    ) -> Response[CallScoreStatus | Error]:
        """`conversations.get_call_score_status` returning the raw response: `GET /v1/conversations/{conversationId}/callscore/status`."""
        from ..api.conversations import get_call_score_status as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_lm_insights_status(
        self,
        conversation_id: str,
    ) -> Response[CallScoreStatus | Error]:
        """`conversations.get_lm_insights_status` returning the raw response: `GET /v1/conversations/{conversationId}/lm-insights/status`."""
        from ..api.conversations import get_lm_insights_status as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_comprehensive_action_items(
        self,
        conversation_id: str,
    ) -> Response[ComprehensiveActionItemList | Error]:
        """`conversations.get_comprehensive_action_items` returning the raw response: `GET /v1/conversations/{conversationId}/comprehensive/action-items`."""
        from ..api.conversations import get_comprehensive_action_items as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_abstract_topics(
        self,
        conversation_id: str,
    ) -> Response[AbstractTopicList | Error]:
        """`conversations.get_abstract_topics` returning the raw response: `GET /v1/conversations/{conversationId}/abstract-topics`."""
        from ..api.conversations import get_abstract_topics as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_intents(
        self,
        conversation_id: str,
    ) -> Response[Error | IntentList]:
        """`conversations.get_intents` returning the raw response: `GET /v1/conversations/{conversationId}/intents`."""
        from ..api.conversations import get_intents as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))


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
