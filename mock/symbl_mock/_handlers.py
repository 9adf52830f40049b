"""Behaviour that is specific to a kind of operation, looked up by what the spec says.

Handlers are keyed by the operation's `operationId` where the behaviour is unique
(SPECIFIC), its `x-symbl-job` / `x-symbl-pagination` extension, or the schema its
conversation-scoped response returns (INSIGHTS, so a deprecated alias such as
`/trackers-detected` answers exactly like `/trackers`). Everything else goes to the generic
resources."""

from __future__ import annotations

from ._context import Context, Handler, Reply
from ._conversation_ops import (
    INSIGHTS,
    delete_conversation,
    get_conversation,
    list_conversations,
    update_conversation,
    update_member,
    update_speaker_events,
)
from ._experiences import (
    bookmark_summary,
    bookmarks_summary,
    create_experience,
    insights_details_url,
    insights_list_url,
    set_experience_media,
)
from ._process import (
    generate_token,
    job_status,
    prepare,
    process,
    refresh_token,
    revoke_token,
)
from ._telephony import connect_endpoint, push_event

SPECIFIC: dict[str, Handler] = {
    "generateToken": generate_token,
    "refreshToken": refresh_token,
    "revokeToken": revoke_token,
    "getJobStatus": job_status,
    "getConversation": get_conversation,
    "updateConversation": update_conversation,
    "deleteConversation": delete_conversation,
    "updateMember": update_member,
    "updateSpeakerEvents": update_speaker_events,
    "getBookmarkSummary": bookmark_summary,
    "getBookmarksSummary": bookmarks_summary,
    "createExperience": create_experience,
    "getInsightsListUrl": insights_list_url,
    "getInsightsDetailsUrl": insights_details_url,
    "setExperienceMediaUrl": set_experience_media,
    "connectEndpoint": connect_endpoint,
    "pushEvent": push_event,
}


__all__ = ["INSIGHTS", "SPECIFIC", "Context", "Handler", "Reply", "list_conversations", "prepare", "process"]
