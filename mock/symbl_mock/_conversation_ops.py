"""Conversations and their insights: listing (with simple RSQL filters), reading, updating,
deleting, members and speaker events, and the conversation-scoped insight reads (INSIGHTS)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from . import _insights as insights
from ._context import SEVEN_DAYS, Context, Handler, Reply, _dicts, _ready, wrapped
from ._conversations import (
    add_speaker_events,
    conversation_json,
)
from ._errors import ApiError
from ._formats import parse_date_time
from ._spec import Operation
from ._storage import Conversation, as_dict, as_number, iso

_CLAUSE = re.compile(r"^\s*([A-Za-z0-9_.]+)\s*(==|!=)\s*(\"[^\"]*\"|'[^']*'|[^\s;]+)\s*$")


def _filter(conversations: list[Conversation], text: str) -> list[Conversation]:
    """Simple RSQL: up to two `field==value` / `field!=value` clauses joined by `;` or `and`.

    OR is not supported and an unreadable filter matches nothing (the spec types `filter` as
    any string, so it is not rejected).
    """
    if re.search(r",|\bor\b", text, re.IGNORECASE):
        return []
    clauses = [c for c in re.split(r";|\band\b", text, flags=re.IGNORECASE) if c.strip()]
    if not clauses or len(clauses) > 2:
        return []
    tests: list[tuple[str, str, str]] = []
    for clause in clauses:
        found = _CLAUSE.match(clause)
        if found is None:
            return []
        value = found.group(3)
        if value[:1] in "\"'" and value[-1:] == value[:1] and len(value) >= 2:
            value = value[1:-1]
        tests.append((found.group(1), found.group(2), value))

    def field_value(conversation: Conversation, name: str) -> str | None:
        if name.startswith("conversation.metadata."):
            return conversation.metadata.get(name[len("conversation.metadata.") :])
        attribute = name.removeprefix("conversation.")
        return {"id": conversation.id, "name": conversation.name, "type": conversation.type}.get(attribute)

    kept = []
    for conversation in conversations:
        if all((field_value(conversation, n) == v) == (o == "==") for n, o, v in tests):
            kept.append(conversation)
    return kept


def _param_default(op: Operation, name: str, fallback: Any) -> Any:
    for param in op.parameters:
        if param.name == name:
            return param.schema.get("default", fallback)
    return fallback


def list_conversations(ctx: Context) -> Reply:
    """Any paginated operation whose items are conversations (also a group's conversations)."""
    pagination = ctx.op.extensions.get("x-symbl-pagination") or {}
    offset_name = str(pagination.get("offsetParam", "offset"))
    limit_name = str(pagination.get("limitParam", "limit"))
    items_field = str(pagination.get("itemsField", "conversations"))
    offset = int(ctx.query.get(offset_name, _param_default(ctx.op, offset_name, 0)))
    limit = int(ctx.query.get(limit_name, _param_default(ctx.op, limit_name, 20)))
    end = parse_date_time(ctx.query["endTime"]).timestamp() if "endTime" in ctx.query else ctx.now
    start = parse_date_time(ctx.query["startTime"]).timestamp() if "startTime" in ctx.query else end - SEVEN_DAYS
    found = [c for c in ctx.state.conversations.values() if start <= c.start_time <= end]
    for name, value in ctx.path.items():
        kind = ctx.core.resources.id_params.get(name)
        if kind is None:
            continue
        item = next((i for i in ctx.state.all_items(kind) if i.get("id") == str(value)), None)
        if item is not None and isinstance(item.get("criteria"), str):
            found = _filter(found, item["criteria"])
    if isinstance(ctx.query.get("filter"), str):
        found = _filter(found, ctx.query["filter"])
    sort = str(ctx.query.get("sort", "conversation.startTime")).removeprefix("conversation.")
    keys: dict[str, Callable[[Conversation], Any]] = {
        "name": lambda c: c.name,
        "id": lambda c: c.id,
        "type": lambda c: c.type,
        "endTime": lambda c: conversation_json(c).get("endTime", ""),
    }
    key: Callable[[Conversation], Any] = keys.get(sort, lambda c: c.start_time)
    found.sort(key=lambda c: (key(c), c.created_at, c.id), reverse=ctx.query.get("order", "asc") == "desc")
    page = found[offset : offset + limit]
    return ctx.ok({items_field: [conversation_json(c) for c in page]})


def get_conversation(ctx: Context) -> Reply:
    return ctx.ok(conversation_json(ctx.conversation()))


def update_conversation(ctx: Context) -> Reply:
    conversation = ctx.conversation()
    conversation.metadata = {str(k): str(v) for k, v in (ctx.body.get("metadata") or {}).items()}
    return ctx.ok({"id": conversation.id, "metadata": dict(conversation.metadata)})


def delete_conversation(ctx: Context) -> Reply:
    conversation = ctx.conversation()
    del ctx.state.conversations[conversation.id]
    for scopes in ctx.state.resources.values():
        for scope in [s for s in scopes if conversation.id in s]:
            del scopes[scope]
    return ctx.ok({"message": "successfully deleted the conversation"})


def get_messages(ctx: Context) -> Reply:
    conversation = ctx.conversation()
    view = ctx.view(conversation)
    redact = bool(ctx.query.get("redact"))
    exclude = {str(e) for e in ctx.query.get("exclude") or []}
    out = []
    for message in view.messages:
        text = insights.redact(message.text, view.members, exclude) if redact else message.text
        item: dict[str, Any] = {
            "id": message.id,
            "text": text,
            "from": message.member.person(),
            "startTime": iso(message.start),
            "endTime": iso(message.end),
            "timeOffset": message.offset,
            "duration": round(message.duration, 2),
            "conversationId": conversation.id,
        }
        if conversation.detect_phrases:
            item["phrases"] = insights.message_phrases(message.text)
        if ctx.query.get("sentiment"):
            item["sentiment"] = insights.sentiment(message.text)
        if ctx.query.get("verbose"):
            item["words"] = insights.words(message, recognised=not conversation.source.startswith("text"))
        out.append(item)
    return wrapped(ctx, out)


def get_members(ctx: Context) -> Reply:
    conversation = ctx.conversation()
    return wrapped(ctx, [m.person() for m in conversation.members.values()])


def update_member(ctx: Context) -> Reply:
    conversation = ctx.conversation()
    member_id = str(ctx.path.get("memberId"))
    member = next((m for m in conversation.members.values() if m.id == member_id), None)
    if member is None:
        raise ApiError(404, f"Member {member_id} was not found in conversation {conversation.id}.")
    member.name = str(ctx.body.get("name", member.name))
    if isinstance(ctx.body.get("email"), str):
        member.email = ctx.body["email"]
    return ctx.ok(
        {
            "message": f"Member with id: {member_id} for conversationId: {conversation.id} updated successfully! "
            "The update should be reflected in all messages and insights along with this conversation"
        }
    )


def _offset_seconds(event: dict[str, Any]) -> float:
    offset = as_dict(event.get("offset"))
    return as_number(offset.get("seconds")) + as_number(offset.get("nanos")) / 1e9


def update_speaker_events(ctx: Context) -> Reply:
    conversation = ctx.conversation()
    add_speaker_events(conversation, _dicts(ctx.body.get("speakerEvents")), _offset_seconds)
    return ctx.ok(
        {
            "message": f"Speaker events associated for conversationId: {conversation.id} successfully! "
            "The update should be reflected in all messages and insights along with this conversation"
        }
    )


def formatted_transcript(ctx: Context) -> Reply:
    conversation = ctx.conversation()
    return ctx.ok({"transcript": insights.formatted_transcript(ctx.view(conversation), ctx.body or {})})


def _call_score_requested(ctx: Context, conversation: Conversation) -> None:
    if "callScore" not in conversation.features:
        raise ApiError(
            404,
            f"Call score was not requested for conversation {conversation.id}: submit it with "
            "features.featureList [insights, callScore].",
        )


def call_score(ctx: Context) -> Reply:
    conversation = ctx.conversation()
    _call_score_requested(ctx, conversation)
    _ready(ctx, conversation, "call score")
    return ctx.ok(insights.call_score(ctx.view(conversation)))


def call_score_status(ctx: Context) -> Reply:
    conversation = ctx.conversation()
    if "callscore" in ctx.op.path.lower():
        _call_score_requested(ctx, conversation)
    if not conversation.job_ids:
        raise ApiError(404, f"Conversation {conversation.id} has no processing job.")
    job = ctx.state.jobs[conversation.job_ids[-1]]
    body: dict[str, Any] = {"jobId": job.id, "status": job.status(ctx.now)}
    return ctx.ok(body)


def _summary(ctx: Context) -> Reply:
    conversation = ctx.conversation()
    _ready(ctx, conversation, "summary")
    if ctx.op.method == "post" or ctx.query.get("refresh"):
        conversation.summary_version += 1
    return wrapped(ctx, insights.summary(ctx.view(conversation)))


def _insight_builder(build: Callable[[Context, insights.ConversationView], Any]) -> Handler:
    def handler(ctx: Context) -> Reply:
        return wrapped(ctx, build(ctx, ctx.view(ctx.conversation())))

    return handler


def _topics(ctx: Context, view: insights.ConversationView) -> Any:
    if ctx.query.get("refresh"):
        view.conversation.topics_version += 1
    vocabulary = ctx.query.get("customTopicVocabulary")
    return insights.topics(
        view,
        with_sentiment=bool(ctx.query.get("sentiment")),
        parent_refs=bool(ctx.query.get("parentRefs")),
        vocabulary=vocabulary if isinstance(vocabulary, str) else None,
    )


# Conversation-scoped reads and derived documents, keyed by operationId. Another
# conversation-scoped operation returning the same schema (a deprecated alias such as
# `/trackers-detected`) gets the same behaviour without being listed.
INSIGHTS: dict[str, Handler] = {
    "getMessages": get_messages,
    "getMembers": get_members,
    "getTopics": _insight_builder(_topics),
    "getQuestions": _insight_builder(lambda c, v: insights.questions(v)),
    "getActionItems": _insight_builder(lambda c, v: insights.action_items(v)),
    "getFollowUps": _insight_builder(lambda c, v: insights.follow_ups(v)),
    "getInsights": _insight_builder(lambda c, v: insights.all_insights(v)),
    "getEntities": _insight_builder(lambda c, v: insights.entities(v)),
    "getTrackers": _insight_builder(lambda c, v: insights.trackers(v)),
    "getAnalytics": _insight_builder(lambda c, v: insights.analytics(v)),
    "getSummary": _summary,
    "refreshSummary": _summary,
    "getFormattedTranscript": formatted_transcript,
    "getCallScore": call_score,
    "getCallScoreStatus": call_score_status,
    "getLmInsightsStatus": call_score_status,
    "getComprehensiveActionItems": _insight_builder(lambda c, v: insights.comprehensive_action_items(v)),
    "getAbstractTopics": _insight_builder(lambda c, v: insights.abstract_topics(v)),
    "getIntents": _insight_builder(lambda c, v: insights.intents(v)),
}
