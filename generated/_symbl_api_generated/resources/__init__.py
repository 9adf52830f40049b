# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""Resources by tag: `client.<tag>.<operation>(...)`, sync and async, one module per tag."""

from ._handles import AsyncConversationHandle, AsyncSymblResources, ConversationHandle, SymblResources
from .auth import AsyncAuthRawResource, AsyncAuthResource, AuthRawResource, AuthResource
from .bookmarks import AsyncBookmarksRawResource, AsyncBookmarksResource, BookmarksRawResource, BookmarksResource
from .conversations import (
    AsyncConversationsRawResource,
    AsyncConversationsResource,
    ConversationsRawResource,
    ConversationsResource,
)
from .entities import AsyncEntitiesRawResource, AsyncEntitiesResource, EntitiesRawResource, EntitiesResource
from .experiences import (
    AsyncExperiencesRawResource,
    AsyncExperiencesResource,
    ExperiencesRawResource,
    ExperiencesResource,
)
from .groups import AsyncGroupsRawResource, AsyncGroupsResource, GroupsRawResource, GroupsResource
from .jobs import AsyncJobsRawResource, AsyncJobsResource, JobsRawResource, JobsResource
from .process import AsyncProcessRawResource, AsyncProcessResource, ProcessRawResource, ProcessResource
from .settings import AsyncSettingsRawResource, AsyncSettingsResource, SettingsRawResource, SettingsResource
from .telephony import AsyncTelephonyRawResource, AsyncTelephonyResource, TelephonyRawResource, TelephonyResource
from .trackers import AsyncTrackersRawResource, AsyncTrackersResource, TrackersRawResource, TrackersResource

__all__ = [
    "AsyncAuthRawResource",
    "AsyncAuthResource",
    "AsyncBookmarksRawResource",
    "AsyncBookmarksResource",
    "AsyncConversationHandle",
    "AsyncConversationsRawResource",
    "AsyncConversationsResource",
    "AsyncEntitiesRawResource",
    "AsyncEntitiesResource",
    "AsyncExperiencesRawResource",
    "AsyncExperiencesResource",
    "AsyncGroupsRawResource",
    "AsyncGroupsResource",
    "AsyncJobsRawResource",
    "AsyncJobsResource",
    "AsyncProcessRawResource",
    "AsyncProcessResource",
    "AsyncSettingsRawResource",
    "AsyncSettingsResource",
    "AsyncSymblResources",
    "AsyncTelephonyRawResource",
    "AsyncTelephonyResource",
    "AsyncTrackersRawResource",
    "AsyncTrackersResource",
    "AuthRawResource",
    "AuthResource",
    "BookmarksRawResource",
    "BookmarksResource",
    "ConversationHandle",
    "ConversationsRawResource",
    "ConversationsResource",
    "EntitiesRawResource",
    "EntitiesResource",
    "ExperiencesRawResource",
    "ExperiencesResource",
    "GroupsRawResource",
    "GroupsResource",
    "JobsRawResource",
    "JobsResource",
    "ProcessRawResource",
    "ProcessResource",
    "SettingsRawResource",
    "SettingsResource",
    "SymblResources",
    "TelephonyRawResource",
    "TelephonyResource",
    "TrackersRawResource",
    "TrackersResource",
]
