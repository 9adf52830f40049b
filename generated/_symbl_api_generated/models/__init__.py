# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""Contains all the data models used in inputs/outputs (each imported on first use)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abstract_topic import AbstractTopic
    from .abstract_topic_list import AbstractTopicList
    from .action_item_list import ActionItemList
    from .analytics import Analytics
    from .analytics_member import AnalyticsMember
    from .analytics_metric import AnalyticsMetric
    from .analytics_metric_type import AnalyticsMetricType
    from .analytics_overlap import AnalyticsOverlap
    from .analytics_overlapping_member import AnalyticsOverlappingMember
    from .analytics_pace import AnalyticsPace
    from .analytics_time_share import AnalyticsTimeShare
    from .async_job_response import AsyncJobResponse
    from .audio_config import AudioConfig
    from .audio_config_encoding import AudioConfigEncoding
    from .bookmark import Bookmark
    from .bookmark_list import BookmarkList
    from .bookmark_request import BookmarkRequest
    from .bookmark_settings import BookmarkSettings
    from .bookmark_summary import BookmarkSummary
    from .bookmark_summary_entry import BookmarkSummaryEntry
    from .bookmarks_summary_list import BookmarksSummaryList
    from .call_score import CallScore
    from .call_score_criterion import CallScoreCriterion
    from .call_score_feedback import CallScoreFeedback
    from .call_score_feedback_item import CallScoreFeedbackItem
    from .call_score_status import CallScoreStatus
    from .channel_metadata import ChannelMetadata
    from .channel_speaker import ChannelSpeaker
    from .comprehensive_action_item_list import ComprehensiveActionItemList
    from .conversation import Conversation
    from .conversation_list import ConversationList
    from .conversation_metadata import ConversationMetadata
    from .conversation_summary import ConversationSummary
    from .conversation_type import ConversationType
    from .custom_entity import CustomEntity
    from .custom_entity_category import CustomEntityCategory
    from .custom_entity_envelope import CustomEntityEnvelope
    from .custom_entity_input import CustomEntityInput
    from .custom_entity_list import CustomEntityList
    from .custom_entity_request import CustomEntityRequest
    from .custom_entity_request_category import CustomEntityRequestCategory
    from .delete_result import DeleteResult
    from .detected_entity import DetectedEntity
    from .detected_entity_category import DetectedEntityCategory
    from .detected_entity_match import DetectedEntityMatch
    from .detected_tracker import DetectedTracker
    from .detected_tracker_match import DetectedTrackerMatch
    from .endpoint import Endpoint
    from .endpoint_action import EndpointAction
    from .endpoint_action_invoke_on import EndpointActionInvokeOn
    from .endpoint_action_name import EndpointActionName
    from .endpoint_action_parameters import EndpointActionParameters
    from .endpoint_connect_response import EndpointConnectResponse
    from .endpoint_intent import EndpointIntent
    from .endpoint_intent_intent import EndpointIntentIntent
    from .endpoint_session import EndpointSession
    from .endpoint_session_data import EndpointSessionData
    from .endpoint_session_location import EndpointSessionLocation
    from .endpoint_start_request import EndpointStartRequest
    from .endpoint_start_request_headers import EndpointStartRequestHeaders
    from .endpoint_start_request_insight_types_item import EndpointStartRequestInsightTypesItem
    from .endpoint_stop_request import EndpointStopRequest
    from .endpoint_summary_info import EndpointSummaryInfo
    from .endpoint_time_zone import EndpointTimeZone
    from .endpoint_transport_config import EndpointTransportConfig
    from .endpoint_type import EndpointType
    from .entity_list import EntityList
    from .entity_tag import EntityTag
    from .entity_tag_value_type_1 import EntityTagValueType1
    from .error import Error
    from .experience import Experience
    from .experience_color import ExperienceColor
    from .experience_font import ExperienceFont
    from .experience_media_url_request import ExperienceMediaUrlRequest
    from .experience_name import ExperienceName
    from .experience_request import ExperienceRequest
    from .experience_url import ExperienceUrl
    from .external_event import ExternalEvent
    from .external_event_topic import ExternalEventTopic
    from .external_event_type import ExternalEventType
    from .follow_up_list import FollowUpList
    from .formatted_transcript import FormattedTranscript
    from .formatted_transcript_content import FormattedTranscriptContent
    from .formatted_transcript_content_content_type import FormattedTranscriptContentContentType
    from .formatted_transcript_request import FormattedTranscriptRequest
    from .formatted_transcript_request_content_type import FormattedTranscriptRequestContentType
    from .group import Group
    from .group_envelope import GroupEnvelope
    from .group_list import GroupList
    from .group_request import GroupRequest
    from .insight import Insight
    from .insight_list import InsightList
    from .insight_ref import InsightRef
    from .insight_type import InsightType
    from .intelligence_settings import IntelligenceSettings
    from .intent import Intent
    from .intent_alternatives_item import IntentAlternativesItem
    from .intent_entities_item import IntentEntitiesItem
    from .intent_list import IntentList
    from .job_status import JobStatus
    from .job_status_value import JobStatusValue
    from .json_patch_operation import JsonPatchOperation
    from .json_patch_operation_op import JsonPatchOperationOp
    from .language_code import LanguageCode
    from .legacy_tracker_update import LegacyTrackerUpdate
    from .list_conversations_order import ListConversationsOrder
    from .list_group_conversations_order import ListGroupConversationsOrder
    from .media_process_options import MediaProcessOptions
    from .media_url_process_request import MediaUrlProcessRequest
    from .member_list import MemberList
    from .message import Message
    from .message_list import MessageList
    from .message_ref import MessageRef
    from .parent_ref import ParentRef
    from .person import Person
    from .phrase import Phrase
    from .phrase_type import PhraseType
    from .polarity import Polarity
    from .process_features import ProcessFeatures
    from .process_features_feature_list_item import ProcessFeaturesFeatureListItem
    from .process_metadata import ProcessMetadata
    from .process_mode import ProcessMode
    from .process_options import ProcessOptions
    from .question_list import QuestionList
    from .redaction_settings import RedactionSettings
    from .redaction_settings_custom import RedactionSettingsCustom
    from .redaction_settings_type import RedactionSettingsType
    from .sales_stage import SalesStage
    from .sentiment import Sentiment
    from .sentiment_suggested import SentimentSuggested
    from .settings_envelope import SettingsEnvelope
    from .speaker_event import SpeakerEvent
    from .speaker_event_offset import SpeakerEventOffset
    from .speaker_event_type import SpeakerEventType
    from .speaker_event_user import SpeakerEventUser
    from .speaker_events_request import SpeakerEventsRequest
    from .status_message import StatusMessage
    from .streaming_bookmark_operation import StreamingBookmarkOperation
    from .streaming_bookmark_request import StreamingBookmarkRequest
    from .streaming_bookmark_response import StreamingBookmarkResponse
    from .streaming_channel import StreamingChannel
    from .streaming_conversation_completed_event import StreamingConversationCompletedEvent
    from .streaming_conversation_created_event import StreamingConversationCreatedEvent
    from .streaming_detected_entity import StreamingDetectedEntity
    from .streaming_detected_tracker import StreamingDetectedTracker
    from .streaming_entity_match import StreamingEntityMatch
    from .streaming_entity_response import StreamingEntityResponse
    from .streaming_error_event import StreamingErrorEvent
    from .streaming_event_data import StreamingEventData
    from .streaming_insight import StreamingInsight
    from .streaming_insight_hint import StreamingInsightHint
    from .streaming_insight_kind import StreamingInsightKind
    from .streaming_insight_response import StreamingInsightResponse
    from .streaming_insight_tag import StreamingInsightTag
    from .streaming_insight_tag_value import StreamingInsightTagValue
    from .streaming_message import StreamingMessage
    from .streaming_message_duration import StreamingMessageDuration
    from .streaming_message_envelope import StreamingMessageEnvelope
    from .streaming_message_metadata import StreamingMessageMetadata
    from .streaming_message_reference import StreamingMessageReference
    from .streaming_message_response import StreamingMessageResponse
    from .streaming_modify_request import StreamingModifyRequest
    from .streaming_payload import StreamingPayload
    from .streaming_punctuated import StreamingPunctuated
    from .streaming_recognition_alternative import StreamingRecognitionAlternative
    from .streaming_recognition_payload import StreamingRecognitionPayload
    from .streaming_recognition_raw import StreamingRecognitionRaw
    from .streaming_recognition_result import StreamingRecognitionResult
    from .streaming_recognition_started_event import StreamingRecognitionStartedEvent
    from .streaming_recognition_stopped_event import StreamingRecognitionStoppedEvent
    from .streaming_root_word import StreamingRootWord
    from .streaming_session_modified_event import StreamingSessionModifiedEvent
    from .streaming_speech_recognition import StreamingSpeechRecognition
    from .streaming_speech_recognition_encoding import StreamingSpeechRecognitionEncoding
    from .streaming_start_config import StreamingStartConfig
    from .streaming_start_request import StreamingStartRequest
    from .streaming_started_listening_event import StreamingStartedListeningEvent
    from .streaming_stop_request import StreamingStopRequest
    from .streaming_stream_offset import StreamingStreamOffset
    from .streaming_tag_entity import StreamingTagEntity
    from .streaming_topic import StreamingTopic
    from .streaming_topic_response import StreamingTopicResponse
    from .streaming_tracker_config import StreamingTrackerConfig
    from .streaming_tracker_definition import StreamingTrackerDefinition
    from .streaming_tracker_match import StreamingTrackerMatch
    from .streaming_tracker_response import StreamingTrackerResponse
    from .streaming_word import StreamingWord
    from .summary_bookmark_reference import SummaryBookmarkReference
    from .summary_item import SummaryItem
    from .text_message_duration import TextMessageDuration
    from .text_message_input import TextMessageInput
    from .text_message_payload import TextMessagePayload
    from .text_message_payload_content_type import TextMessagePayloadContentType
    from .text_message_sender import TextMessageSender
    from .text_process_request import TextProcessRequest
    from .token import Token
    from .token_refresh_request import TokenRefreshRequest
    from .token_request import TokenRequest
    from .token_request_type import TokenRequestType
    from .token_revoke_request import TokenRevokeRequest
    from .topic import Topic
    from .topic_list import TopicList
    from .tracker import Tracker
    from .tracker_envelope import TrackerEnvelope
    from .tracker_input import TrackerInput
    from .tracker_list import TrackerList
    from .tracker_patch_operation import TrackerPatchOperation
    from .tracker_patch_operation_path import TrackerPatchOperationPath
    from .tracker_request import TrackerRequest
    from .transcript_phrase_options import TranscriptPhraseOptions
    from .update_conversation_request import UpdateConversationRequest
    from .update_member_request import UpdateMemberRequest
    from .updated_conversation import UpdatedConversation
    from .user_settings import UserSettings
    from .webhook_job_event import WebhookJobEvent
    from .word import Word

_MODULES = {
    "AbstractTopic": ".abstract_topic",
    "AbstractTopicList": ".abstract_topic_list",
    "ActionItemList": ".action_item_list",
    "Analytics": ".analytics",
    "AnalyticsMember": ".analytics_member",
    "AnalyticsMetric": ".analytics_metric",
    "AnalyticsMetricType": ".analytics_metric_type",
    "AnalyticsOverlap": ".analytics_overlap",
    "AnalyticsOverlappingMember": ".analytics_overlapping_member",
    "AnalyticsPace": ".analytics_pace",
    "AnalyticsTimeShare": ".analytics_time_share",
    "AsyncJobResponse": ".async_job_response",
    "AudioConfig": ".audio_config",
    "AudioConfigEncoding": ".audio_config_encoding",
    "Bookmark": ".bookmark",
    "BookmarkList": ".bookmark_list",
    "BookmarkRequest": ".bookmark_request",
    "BookmarkSettings": ".bookmark_settings",
    "BookmarkSummary": ".bookmark_summary",
    "BookmarkSummaryEntry": ".bookmark_summary_entry",
    "BookmarksSummaryList": ".bookmarks_summary_list",
    "CallScore": ".call_score",
    "CallScoreCriterion": ".call_score_criterion",
    "CallScoreFeedback": ".call_score_feedback",
    "CallScoreFeedbackItem": ".call_score_feedback_item",
    "CallScoreStatus": ".call_score_status",
    "ChannelMetadata": ".channel_metadata",
    "ChannelSpeaker": ".channel_speaker",
    "ComprehensiveActionItemList": ".comprehensive_action_item_list",
    "Conversation": ".conversation",
    "ConversationList": ".conversation_list",
    "ConversationMetadata": ".conversation_metadata",
    "ConversationSummary": ".conversation_summary",
    "ConversationType": ".conversation_type",
    "CustomEntity": ".custom_entity",
    "CustomEntityCategory": ".custom_entity_category",
    "CustomEntityEnvelope": ".custom_entity_envelope",
    "CustomEntityInput": ".custom_entity_input",
    "CustomEntityList": ".custom_entity_list",
    "CustomEntityRequest": ".custom_entity_request",
    "CustomEntityRequestCategory": ".custom_entity_request_category",
    "DeleteResult": ".delete_result",
    "DetectedEntity": ".detected_entity",
    "DetectedEntityCategory": ".detected_entity_category",
    "DetectedEntityMatch": ".detected_entity_match",
    "DetectedTracker": ".detected_tracker",
    "DetectedTrackerMatch": ".detected_tracker_match",
    "Endpoint": ".endpoint",
    "EndpointAction": ".endpoint_action",
    "EndpointActionInvokeOn": ".endpoint_action_invoke_on",
    "EndpointActionName": ".endpoint_action_name",
    "EndpointActionParameters": ".endpoint_action_parameters",
    "EndpointConnectResponse": ".endpoint_connect_response",
    "EndpointIntent": ".endpoint_intent",
    "EndpointIntentIntent": ".endpoint_intent_intent",
    "EndpointSession": ".endpoint_session",
    "EndpointSessionData": ".endpoint_session_data",
    "EndpointSessionLocation": ".endpoint_session_location",
    "EndpointStartRequest": ".endpoint_start_request",
    "EndpointStartRequestHeaders": ".endpoint_start_request_headers",
    "EndpointStartRequestInsightTypesItem": ".endpoint_start_request_insight_types_item",
    "EndpointStopRequest": ".endpoint_stop_request",
    "EndpointSummaryInfo": ".endpoint_summary_info",
    "EndpointTimeZone": ".endpoint_time_zone",
    "EndpointTransportConfig": ".endpoint_transport_config",
    "EndpointType": ".endpoint_type",
    "EntityList": ".entity_list",
    "EntityTag": ".entity_tag",
    "EntityTagValueType1": ".entity_tag_value_type_1",
    "Error": ".error",
    "Experience": ".experience",
    "ExperienceColor": ".experience_color",
    "ExperienceFont": ".experience_font",
    "ExperienceMediaUrlRequest": ".experience_media_url_request",
    "ExperienceName": ".experience_name",
    "ExperienceRequest": ".experience_request",
    "ExperienceUrl": ".experience_url",
    "ExternalEvent": ".external_event",
    "ExternalEventTopic": ".external_event_topic",
    "ExternalEventType": ".external_event_type",
    "FollowUpList": ".follow_up_list",
    "FormattedTranscript": ".formatted_transcript",
    "FormattedTranscriptContent": ".formatted_transcript_content",
    "FormattedTranscriptContentContentType": ".formatted_transcript_content_content_type",
    "FormattedTranscriptRequest": ".formatted_transcript_request",
    "FormattedTranscriptRequestContentType": ".formatted_transcript_request_content_type",
    "Group": ".group",
    "GroupEnvelope": ".group_envelope",
    "GroupList": ".group_list",
    "GroupRequest": ".group_request",
    "Insight": ".insight",
    "InsightList": ".insight_list",
    "InsightRef": ".insight_ref",
    "InsightType": ".insight_type",
    "IntelligenceSettings": ".intelligence_settings",
    "Intent": ".intent",
    "IntentAlternativesItem": ".intent_alternatives_item",
    "IntentEntitiesItem": ".intent_entities_item",
    "IntentList": ".intent_list",
    "JobStatus": ".job_status",
    "JobStatusValue": ".job_status_value",
    "JsonPatchOperation": ".json_patch_operation",
    "JsonPatchOperationOp": ".json_patch_operation_op",
    "LanguageCode": ".language_code",
    "LegacyTrackerUpdate": ".legacy_tracker_update",
    "ListConversationsOrder": ".list_conversations_order",
    "ListGroupConversationsOrder": ".list_group_conversations_order",
    "MediaProcessOptions": ".media_process_options",
    "MediaUrlProcessRequest": ".media_url_process_request",
    "MemberList": ".member_list",
    "Message": ".message",
    "MessageList": ".message_list",
    "MessageRef": ".message_ref",
    "ParentRef": ".parent_ref",
    "Person": ".person",
    "Phrase": ".phrase",
    "PhraseType": ".phrase_type",
    "Polarity": ".polarity",
    "ProcessFeatures": ".process_features",
    "ProcessFeaturesFeatureListItem": ".process_features_feature_list_item",
    "ProcessMetadata": ".process_metadata",
    "ProcessMode": ".process_mode",
    "ProcessOptions": ".process_options",
    "QuestionList": ".question_list",
    "RedactionSettings": ".redaction_settings",
    "RedactionSettingsCustom": ".redaction_settings_custom",
    "RedactionSettingsType": ".redaction_settings_type",
    "SalesStage": ".sales_stage",
    "Sentiment": ".sentiment",
    "SentimentSuggested": ".sentiment_suggested",
    "SettingsEnvelope": ".settings_envelope",
    "SpeakerEvent": ".speaker_event",
    "SpeakerEventOffset": ".speaker_event_offset",
    "SpeakerEventType": ".speaker_event_type",
    "SpeakerEventUser": ".speaker_event_user",
    "SpeakerEventsRequest": ".speaker_events_request",
    "StatusMessage": ".status_message",
    "StreamingBookmarkOperation": ".streaming_bookmark_operation",
    "StreamingBookmarkRequest": ".streaming_bookmark_request",
    "StreamingBookmarkResponse": ".streaming_bookmark_response",
    "StreamingChannel": ".streaming_channel",
    "StreamingConversationCompletedEvent": ".streaming_conversation_completed_event",
    "StreamingConversationCreatedEvent": ".streaming_conversation_created_event",
    "StreamingDetectedEntity": ".streaming_detected_entity",
    "StreamingDetectedTracker": ".streaming_detected_tracker",
    "StreamingEntityMatch": ".streaming_entity_match",
    "StreamingEntityResponse": ".streaming_entity_response",
    "StreamingErrorEvent": ".streaming_error_event",
    "StreamingEventData": ".streaming_event_data",
    "StreamingInsight": ".streaming_insight",
    "StreamingInsightHint": ".streaming_insight_hint",
    "StreamingInsightKind": ".streaming_insight_kind",
    "StreamingInsightResponse": ".streaming_insight_response",
    "StreamingInsightTag": ".streaming_insight_tag",
    "StreamingInsightTagValue": ".streaming_insight_tag_value",
    "StreamingMessage": ".streaming_message",
    "StreamingMessageDuration": ".streaming_message_duration",
    "StreamingMessageEnvelope": ".streaming_message_envelope",
    "StreamingMessageMetadata": ".streaming_message_metadata",
    "StreamingMessageReference": ".streaming_message_reference",
    "StreamingMessageResponse": ".streaming_message_response",
    "StreamingModifyRequest": ".streaming_modify_request",
    "StreamingPayload": ".streaming_payload",
    "StreamingPunctuated": ".streaming_punctuated",
    "StreamingRecognitionAlternative": ".streaming_recognition_alternative",
    "StreamingRecognitionPayload": ".streaming_recognition_payload",
    "StreamingRecognitionRaw": ".streaming_recognition_raw",
    "StreamingRecognitionResult": ".streaming_recognition_result",
    "StreamingRecognitionStartedEvent": ".streaming_recognition_started_event",
    "StreamingRecognitionStoppedEvent": ".streaming_recognition_stopped_event",
    "StreamingRootWord": ".streaming_root_word",
    "StreamingSessionModifiedEvent": ".streaming_session_modified_event",
    "StreamingSpeechRecognition": ".streaming_speech_recognition",
    "StreamingSpeechRecognitionEncoding": ".streaming_speech_recognition_encoding",
    "StreamingStartConfig": ".streaming_start_config",
    "StreamingStartRequest": ".streaming_start_request",
    "StreamingStartedListeningEvent": ".streaming_started_listening_event",
    "StreamingStopRequest": ".streaming_stop_request",
    "StreamingStreamOffset": ".streaming_stream_offset",
    "StreamingTagEntity": ".streaming_tag_entity",
    "StreamingTopic": ".streaming_topic",
    "StreamingTopicResponse": ".streaming_topic_response",
    "StreamingTrackerConfig": ".streaming_tracker_config",
    "StreamingTrackerDefinition": ".streaming_tracker_definition",
    "StreamingTrackerMatch": ".streaming_tracker_match",
    "StreamingTrackerResponse": ".streaming_tracker_response",
    "StreamingWord": ".streaming_word",
    "SummaryBookmarkReference": ".summary_bookmark_reference",
    "SummaryItem": ".summary_item",
    "TextMessageDuration": ".text_message_duration",
    "TextMessageInput": ".text_message_input",
    "TextMessagePayload": ".text_message_payload",
    "TextMessagePayloadContentType": ".text_message_payload_content_type",
    "TextMessageSender": ".text_message_sender",
    "TextProcessRequest": ".text_process_request",
    "Token": ".token",
    "TokenRefreshRequest": ".token_refresh_request",
    "TokenRequest": ".token_request",
    "TokenRequestType": ".token_request_type",
    "TokenRevokeRequest": ".token_revoke_request",
    "Topic": ".topic",
    "TopicList": ".topic_list",
    "Tracker": ".tracker",
    "TrackerEnvelope": ".tracker_envelope",
    "TrackerInput": ".tracker_input",
    "TrackerList": ".tracker_list",
    "TrackerPatchOperation": ".tracker_patch_operation",
    "TrackerPatchOperationPath": ".tracker_patch_operation_path",
    "TrackerRequest": ".tracker_request",
    "TranscriptPhraseOptions": ".transcript_phrase_options",
    "UpdateConversationRequest": ".update_conversation_request",
    "UpdateMemberRequest": ".update_member_request",
    "UpdatedConversation": ".updated_conversation",
    "UserSettings": ".user_settings",
    "WebhookJobEvent": ".webhook_job_event",
    "Word": ".word",
}

__all__ = (
    "AbstractTopic",
    "AbstractTopicList",
    "ActionItemList",
    "Analytics",
    "AnalyticsMember",
    "AnalyticsMetric",
    "AnalyticsMetricType",
    "AnalyticsOverlap",
    "AnalyticsOverlappingMember",
    "AnalyticsPace",
    "AnalyticsTimeShare",
    "AsyncJobResponse",
    "AudioConfig",
    "AudioConfigEncoding",
    "Bookmark",
    "BookmarkList",
    "BookmarkRequest",
    "BookmarkSettings",
    "BookmarkSummary",
    "BookmarkSummaryEntry",
    "BookmarksSummaryList",
    "CallScore",
    "CallScoreCriterion",
    "CallScoreFeedback",
    "CallScoreFeedbackItem",
    "CallScoreStatus",
    "ChannelMetadata",
    "ChannelSpeaker",
    "ComprehensiveActionItemList",
    "Conversation",
    "ConversationList",
    "ConversationMetadata",
    "ConversationSummary",
    "ConversationType",
    "CustomEntity",
    "CustomEntityCategory",
    "CustomEntityEnvelope",
    "CustomEntityInput",
    "CustomEntityList",
    "CustomEntityRequest",
    "CustomEntityRequestCategory",
    "DeleteResult",
    "DetectedEntity",
    "DetectedEntityCategory",
    "DetectedEntityMatch",
    "DetectedTracker",
    "DetectedTrackerMatch",
    "Endpoint",
    "EndpointAction",
    "EndpointActionInvokeOn",
    "EndpointActionName",
    "EndpointActionParameters",
    "EndpointConnectResponse",
    "EndpointIntent",
    "EndpointIntentIntent",
    "EndpointSession",
    "EndpointSessionData",
    "EndpointSessionLocation",
    "EndpointStartRequest",
    "EndpointStartRequestHeaders",
    "EndpointStartRequestInsightTypesItem",
    "EndpointStopRequest",
    "EndpointSummaryInfo",
    "EndpointTimeZone",
    "EndpointTransportConfig",
    "EndpointType",
    "EntityList",
    "EntityTag",
    "EntityTagValueType1",
    "Error",
    "Experience",
    "ExperienceColor",
    "ExperienceFont",
    "ExperienceMediaUrlRequest",
    "ExperienceName",
    "ExperienceRequest",
    "ExperienceUrl",
    "ExternalEvent",
    "ExternalEventTopic",
    "ExternalEventType",
    "FollowUpList",
    "FormattedTranscript",
    "FormattedTranscriptContent",
    "FormattedTranscriptContentContentType",
    "FormattedTranscriptRequest",
    "FormattedTranscriptRequestContentType",
    "Group",
    "GroupEnvelope",
    "GroupList",
    "GroupRequest",
    "Insight",
    "InsightList",
    "InsightRef",
    "InsightType",
    "IntelligenceSettings",
    "Intent",
    "IntentAlternativesItem",
    "IntentEntitiesItem",
    "IntentList",
    "JobStatus",
    "JobStatusValue",
    "JsonPatchOperation",
    "JsonPatchOperationOp",
    "LanguageCode",
    "LegacyTrackerUpdate",
    "ListConversationsOrder",
    "ListGroupConversationsOrder",
    "MediaProcessOptions",
    "MediaUrlProcessRequest",
    "MemberList",
    "Message",
    "MessageList",
    "MessageRef",
    "ParentRef",
    "Person",
    "Phrase",
    "PhraseType",
    "Polarity",
    "ProcessFeatures",
    "ProcessFeaturesFeatureListItem",
    "ProcessMetadata",
    "ProcessMode",
    "ProcessOptions",
    "QuestionList",
    "RedactionSettings",
    "RedactionSettingsCustom",
    "RedactionSettingsType",
    "SalesStage",
    "Sentiment",
    "SentimentSuggested",
    "SettingsEnvelope",
    "SpeakerEvent",
    "SpeakerEventOffset",
    "SpeakerEventType",
    "SpeakerEventUser",
    "SpeakerEventsRequest",
    "StatusMessage",
    "StreamingBookmarkOperation",
    "StreamingBookmarkRequest",
    "StreamingBookmarkResponse",
    "StreamingChannel",
    "StreamingConversationCompletedEvent",
    "StreamingConversationCreatedEvent",
    "StreamingDetectedEntity",
    "StreamingDetectedTracker",
    "StreamingEntityMatch",
    "StreamingEntityResponse",
    "StreamingErrorEvent",
    "StreamingEventData",
    "StreamingInsight",
    "StreamingInsightHint",
    "StreamingInsightKind",
    "StreamingInsightResponse",
    "StreamingInsightTag",
    "StreamingInsightTagValue",
    "StreamingMessage",
    "StreamingMessageDuration",
    "StreamingMessageEnvelope",
    "StreamingMessageMetadata",
    "StreamingMessageReference",
    "StreamingMessageResponse",
    "StreamingModifyRequest",
    "StreamingPayload",
    "StreamingPunctuated",
    "StreamingRecognitionAlternative",
    "StreamingRecognitionPayload",
    "StreamingRecognitionRaw",
    "StreamingRecognitionResult",
    "StreamingRecognitionStartedEvent",
    "StreamingRecognitionStoppedEvent",
    "StreamingRootWord",
    "StreamingSessionModifiedEvent",
    "StreamingSpeechRecognition",
    "StreamingSpeechRecognitionEncoding",
    "StreamingStartConfig",
    "StreamingStartRequest",
    "StreamingStartedListeningEvent",
    "StreamingStopRequest",
    "StreamingStreamOffset",
    "StreamingTagEntity",
    "StreamingTopic",
    "StreamingTopicResponse",
    "StreamingTrackerConfig",
    "StreamingTrackerDefinition",
    "StreamingTrackerMatch",
    "StreamingTrackerResponse",
    "StreamingWord",
    "SummaryBookmarkReference",
    "SummaryItem",
    "TextMessageDuration",
    "TextMessageInput",
    "TextMessagePayload",
    "TextMessagePayloadContentType",
    "TextMessageSender",
    "TextProcessRequest",
    "Token",
    "TokenRefreshRequest",
    "TokenRequest",
    "TokenRequestType",
    "TokenRevokeRequest",
    "Topic",
    "TopicList",
    "Tracker",
    "TrackerEnvelope",
    "TrackerInput",
    "TrackerList",
    "TrackerPatchOperation",
    "TrackerPatchOperationPath",
    "TrackerRequest",
    "TranscriptPhraseOptions",
    "UpdateConversationRequest",
    "UpdateMemberRequest",
    "UpdatedConversation",
    "UserSettings",
    "WebhookJobEvent",
    "Word",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
