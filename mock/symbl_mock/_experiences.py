"""Bookmark summaries and the pre-built UI (experience) links."""

from __future__ import annotations

import base64
import json
from typing import Any

from . import _insights as insights
from ._context import Context, Reply, _ready
from ._errors import ApiError
from ._storage import Conversation, as_number


def _bookmarks(ctx: Context, conversation: Conversation) -> dict[str, dict[str, Any]]:
    kind = ctx.core.resources.id_params.get("bookmarkId", "Bookmark")
    return ctx.state.collection(kind, (conversation.id,))


def _bookmark_summary(ctx: Context, view: insights.ConversationView, bookmark: dict[str, Any]) -> list[dict[str, Any]]:
    refs = {str(r.get("id")) for r in bookmark.get("messageRefs") or [] if isinstance(r, dict)}
    if refs:
        messages = [m for m in view.messages if m.id in refs]
    else:
        begin = as_number(bookmark.get("beginTimeOffset"))
        end = begin + as_number(bookmark.get("duration"))
        messages = [m for m in view.messages if begin <= m.offset < end or m.offset <= begin < m.offset + m.duration]
    subset = insights.ConversationView(
        view.conversation, messages, view.members, view.account_trackers, view.account_entities
    )
    return insights.summary(subset, bookmark_id=str(bookmark.get("id")))


def bookmark_summary(ctx: Context) -> Reply:
    conversation = ctx.conversation()
    bookmark_id = str(ctx.path.get("bookmarkId"))
    bookmark = _bookmarks(ctx, conversation).get(bookmark_id)
    if bookmark is None:
        raise ApiError(404, f"Bookmark {bookmark_id} was not found in conversation {conversation.id}.")
    _ready(ctx, conversation, "bookmark summary")
    return ctx.ok({"summary": _bookmark_summary(ctx, ctx.view(conversation), bookmark)})


def bookmarks_summary(ctx: Context) -> Reply:
    conversation = ctx.conversation()
    _ready(ctx, conversation, "bookmark summary")
    view = ctx.view(conversation)
    entries = [
        {"bookmarkId": b["id"], "summary": _bookmark_summary(ctx, view, b)}
        for b in _bookmarks(ctx, conversation).values()
    ]
    return ctx.ok({"bookmarksSummary": entries})


def _token_for_url(payload: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")


def create_experience(ctx: Context) -> Reply:
    conversation = ctx.conversation()
    name = str(ctx.body.get("name", "verbose-text-summary"))
    token = _token_for_url({"conversationId": conversation.id, "name": name})
    flags = {"video-summary": "?showVideoSummary=true", "audio-summary": "?showAudioSummary=true"}.get(name, "")
    return ctx.ok({"name": name, "url": f"https://meetinginsights.symbl.ai/meeting/#/{token}{flags}"})


def insights_list_url(ctx: Context) -> Reply:
    token = _token_for_url({"account": ctx.app_id})
    suffix = "&includeCallScore=true" if ctx.query.get("includeCallScore") else ""
    return ctx.ok({"url": f"https://meetinginsights-experience.symbl.ai/#/conversations?token={token}{suffix}"})


def insights_details_url(ctx: Context) -> Reply:
    conversation = ctx.conversation()
    token = _token_for_url({"conversationId": conversation.id})
    suffix = "&includeCallScore=true" if ctx.query.get("includeCallScore") else ""
    return ctx.ok(
        {"url": f"https://meetinginsights-experience.symbl.ai/#/conversations/{conversation.id}?token={token}{suffix}"}
    )


def set_experience_media(ctx: Context) -> Reply:
    conversation = ctx.conversation()
    conversation.media_url = str(ctx.body.get("url"))
    return ctx.ok({"message": "Media URL updated successfully."})
