# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""`SymblResources` (every tag as an attribute) and the conversation handles, sync and async."""

from __future__ import annotations

import datetime
import os
from typing import IO, TYPE_CHECKING, Any

from .._runtime import AsyncJob, AsyncRuntime, SyncJob, SyncRuntime
from ..types import UNSET, File, Unset
from .auth import AsyncAuthResource, AuthResource
from .bookmarks import AsyncBookmarksResource, BookmarksResource
from .conversations import AsyncConversationsResource, ConversationsResource
from .entities import AsyncEntitiesResource, EntitiesResource
from .experiences import AsyncExperiencesResource, ExperiencesResource
from .groups import AsyncGroupsResource, GroupsResource
from .jobs import AsyncJobsResource, JobsResource
from .process import AsyncProcessResource, ProcessResource
from .settings import AsyncSettingsResource, SettingsResource
from .telephony import AsyncTelephonyResource, TelephonyResource
from .trackers import AsyncTrackersResource, TrackersResource

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.abstract_topic_list import AbstractTopicList
    from ..models.action_item_list import ActionItemList
    from ..models.analytics import Analytics
    from ..models.bookmark import Bookmark
    from ..models.bookmark_list import BookmarkList
    from ..models.bookmark_request import BookmarkRequest
    from ..models.bookmark_summary import BookmarkSummary
    from ..models.bookmarks_summary_list import BookmarksSummaryList
    from ..models.call_score import CallScore
    from ..models.call_score_status import CallScoreStatus
    from ..models.comprehensive_action_item_list import ComprehensiveActionItemList
    from ..models.conversation import Conversation
    from ..models.conversation_summary import ConversationSummary
    from ..models.conversation_type import ConversationType
    from ..models.detected_tracker import DetectedTracker
    from ..models.entity_list import EntityList
    from ..models.experience import Experience
    from ..models.experience_media_url_request import ExperienceMediaUrlRequest
    from ..models.experience_request import ExperienceRequest
    from ..models.experience_url import ExperienceUrl
    from ..models.follow_up_list import FollowUpList
    from ..models.formatted_transcript import FormattedTranscript
    from ..models.formatted_transcript_request import FormattedTranscriptRequest
    from ..models.insight_list import InsightList
    from ..models.intent_list import IntentList
    from ..models.language_code import LanguageCode
    from ..models.media_url_process_request import MediaUrlProcessRequest
    from ..models.member_list import MemberList
    from ..models.message_list import MessageList
    from ..models.process_mode import ProcessMode
    from ..models.question_list import QuestionList
    from ..models.speaker_events_request import SpeakerEventsRequest
    from ..models.status_message import StatusMessage
    from ..models.text_process_request import TextProcessRequest
    from ..models.topic_list import TopicList
    from ..models.update_conversation_request import UpdateConversationRequest
    from ..models.update_member_request import UpdateMemberRequest
    from ..models.updated_conversation import UpdatedConversation

_ = (datetime, Any, os, IO, File, UNSET, Unset)  # used by some signatures only


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
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> SyncJob:
        """Append an audio file by URL to a conversation (see `client.process.append_audio_url`)."""
        return self._resources.process.append_audio_url(
            self.conversation_id,
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
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
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> SyncJob:
        """Append a video file by URL to a conversation (see `client.process.append_video_url`)."""
        return self._resources.process.append_video_url(
            self.conversation_id,
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
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
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> AsyncJob:
        """Append an audio file by URL to a conversation (see `client.process.append_audio_url`)."""
        return await self._resources.process.append_audio_url(
            self.conversation_id,
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
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
        enable_speaker_diarization: bool | Unset = False,
        diarization_speaker_count: int | Unset = UNSET,
    ) -> AsyncJob:
        """Append a video file by URL to a conversation (see `client.process.append_video_url`)."""
        return await self._resources.process.append_video_url(
            self.conversation_id,
            body=body,
            enable_speaker_diarization=enable_speaker_diarization,
            diarization_speaker_count=diarization_speaker_count,
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
