"""Behaviour that is specific to a kind of operation: tokens, processing jobs, conversations and
their insights, telephony, experiences, bookmark summaries.

Handlers are keyed by what the spec says about an operation: its `operationId` where the
behaviour is unique, its `x-symbl-job` / `x-symbl-pagination` extension, or the schema its
conversation-scoped response returns (so a deprecated alias such as `/trackers-detected`
answers exactly like `/trackers`). Everything else goes to the generic resources.
"""

from __future__ import annotations

import base64
import copy
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import _insights as insights
from ._conversations import (
    add_speaker_events,
    build_view,
    conversation_json,
    ingest_recognised,
    ingest_text,
    member_for,
)
from ._errors import ApiError
from ._formats import parse_date_time
from ._jobs import FAIL_MARKER, check_capacity, completed_job_ids, conversation_busy, failure_trigger, schedule
from ._media import MIN_SECONDS, MalformedMedia, media_duration, transcribe, url_duration
from ._resources import NO_BODY
from ._spec import Operation
from ._storage import Connection, Conversation, State, as_dict, as_number, as_str, iso
from ._upload import Upload
from ._validation import ValidatedRequest, is_text, too_deep

if TYPE_CHECKING:
    from ._app import MockCore

SEVEN_DAYS = 7 * 24 * 3600.0


@dataclass
class Reply:
    status: int
    body: Any = NO_BODY
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Context:
    core: MockCore
    op: Operation
    req: ValidatedRequest
    state: State
    now: float
    base_url: str
    app_id: str

    @property
    def query(self) -> dict[str, Any]:
        return self.req.query

    @property
    def path(self) -> dict[str, Any]:
        return self.req.path

    @property
    def body(self) -> Any:
        return self.req.body

    def ok(self, body: Any = NO_BODY, status: int | None = None) -> Reply:
        return Reply(status or self.op.success_status(), body)

    def conversation(self, conversation_id: str | None = None) -> Conversation:
        cid = str(conversation_id if conversation_id is not None else self.path.get("conversationId", ""))
        found = self.state.conversations.get(cid)
        if found is None:
            raise ApiError(
                404,
                f"The conversation and/or it's metadata you asked could not be found, please check the input "
                f"provided (conversationId {cid} does not exist)",
            )
        return found

    def view(self, conversation: Conversation) -> insights.ConversationView:
        return build_view(
            conversation,
            completed_job_ids(self.state, conversation, self.now),
            account_trackers=self.core.account_items(self.state, "trackers"),
            account_entities=self.core.account_items(self.state, "entities"),
        )


Handler = Callable[[Context], Reply]


def envelope_key(core: MockCore, op: Operation) -> str | None:
    """The single property wrapping a response payload (`{"topics": [...]}`), None for a bare body."""
    schema = core.resources.success_schema(op)
    resolved = core.spec.resolve_schema(schema)
    if core.spec.schema_type(resolved) != "object":
        return None
    props = resolved.get("properties") or {}
    required = [r for r in resolved.get("required") or [] if r in props]
    if len(required) == 1:
        return str(required[0])
    if len(props) == 1:
        return str(next(iter(props)))
    return None


def wrapped(ctx: Context, payload: Any) -> Reply:
    key = envelope_key(ctx.core, ctx.op)
    if key is not None and isinstance(payload, list):
        return ctx.ok({key: payload})
    return ctx.ok(payload)


# -- tokens -----------------------------------------------------------------------------------


def _token_body(ctx: Context, record: Any) -> dict[str, Any]:
    return {
        "accessToken": record.token,
        "expiresIn": max(0, int(record.expires_at - ctx.now)),
        "refreshToken": record.refresh_token,
    }


def _check_app(ctx: Context) -> None:
    body = ctx.body if isinstance(ctx.body, dict) else {}
    if not ctx.core.tokens.credentials_match(body.get("appId"), body.get("appSecret")):
        raise ApiError(401, "Unauthorized. The appId/appSecret pair is not valid for this account.")


def generate_token(ctx: Context) -> Reply:
    _check_app(ctx)
    body = ctx.body
    if body.get("type") == "password" and not ctx.core.tokens.credentials_match(
        body.get("username"), body.get("password")
    ):
        raise ApiError(401, "Unauthorized. The username/password pair is not valid (the mock uses appId/appSecret).")
    return ctx.ok(_token_body(ctx, ctx.core.tokens.issue(ctx.state, ctx.now, ctx.app_id)))


def refresh_token(ctx: Context) -> Reply:
    _check_app(ctx)
    old = ctx.state.refresh_tokens.pop(str(ctx.body.get("refreshToken")), None)
    record = ctx.state.tokens.get(old or "")
    if record is None or record.revoked:
        raise ApiError(401, "Unauthorized. The refresh token is unknown, used or revoked.")
    return ctx.ok(_token_body(ctx, ctx.core.tokens.issue(ctx.state, ctx.now, ctx.app_id, reuse=False)))


def revoke_token(ctx: Context) -> Reply:
    _check_app(ctx)
    count = ctx.core.tokens.revoke_all(ctx.state)
    return ctx.ok({"message": f"Token revoked successfully ({count} token(s))."})


# -- processing -------------------------------------------------------------------------------

_JSON_OPTIONS = ("entities", "trackers", "channelMetadata", "features", "metadata")


def _options(ctx: Context) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for name, value in ctx.query.items():
        if name in _JSON_OPTIONS and isinstance(value, str):
            # Documented as URL-encoded JSON; the spec types them as plain strings, so a value
            # that is not JSON of the right shape is ignored rather than rejected.
            try:
                decoded = json.loads(value)
            except (ValueError, RecursionError):
                continue
            if not too_deep(decoded) and is_text(decoded):
                options[name] = decoded
        else:
            options[name] = value
    if isinstance(ctx.body, dict):
        options.update(ctx.body)
    return options


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _apply_options(conversation: Conversation, options: dict[str, Any]) -> None:
    if isinstance(options.get("name"), str) and options["name"]:
        conversation.name = options["name"]
    if options.get("detectEntities") is True:
        conversation.detect_entities = True
    if options.get("detectPhrases") is True:
        conversation.detect_phrases = True
    if isinstance(options.get("enableAllTrackers"), bool):
        conversation.all_trackers = options["enableAllTrackers"]
    conversation.inline_trackers.extend(
        t
        for t in _dicts(options.get("trackers"))
        if isinstance(t.get("name"), str) and isinstance(t.get("vocabulary"), list)
    )
    conversation.inline_entities.extend(e for e in _dicts(options.get("entities")) if isinstance(e.get("text"), str))
    features = options.get("features")
    if isinstance(features, dict) and isinstance(features.get("featureList"), list):
        conversation.features.update(str(f) for f in features["featureList"])
    for key in ("confidenceThreshold", "conversationType", "metadata", "languageCode", "mode", "enableSummary"):
        if key in options:
            conversation.options[key] = copy.deepcopy(options[key])


def _speakers(options: dict[str, Any]) -> list[dict[str, Any]]:
    channels = sorted(
        (c for c in _dicts(options.get("channelMetadata")) if isinstance(c.get("channel"), int)),
        key=lambda c: c["channel"],
    )
    if options.get("enableSeparateRecognitionPerChannel") and channels and not options.get("enableSpeakerDiarization"):
        return [as_dict(c.get("speaker")) for c in channels]
    if options.get("enableSpeakerDiarization"):
        count = options.get("diarizationSpeakerCount")
        count = count if isinstance(count, int) and count > 0 else 2
        return [{"name": f"Speaker {i + 1}"} for i in range(min(count, 10))]
    return [{"name": "Speaker 1"}]


def process(ctx: Context) -> Reply:
    """Any `x-symbl-job` operation: text messages, a media URL or an uploaded file, new or appended."""
    extension = ctx.op.extensions.get("x-symbl-job") or {}
    options = _options(ctx)
    appending = "conversationId" in ctx.path
    conversation = ctx.conversation() if appending else None
    check_capacity(ctx.state, ctx.core.settings, ctx.now)
    body = ctx.body
    fails: str | None = None
    kind = "video" if "video" in ctx.op.path else "audio" if "audio" in ctx.op.path else "text"
    duration = 0.0
    if isinstance(body, Upload):
        fails = failure_trigger(found=FAIL_MARKER.encode() in body.markers)
        try:
            duration = media_duration(body.file, body.size)
        except MalformedMedia as exc:
            fails = fails or f"the media could not be read: {exc}"
            duration = MIN_SECONDS
        if ctx.req.media_type is None:
            fails = fails or "the media format could not be detected from its bytes; send a supported format"
        source = f"{kind}-upload"
    elif isinstance(body, dict) and isinstance(body.get("messages"), list):
        fails = next(
            (r for m in _dicts(body["messages"]) if (r := failure_trigger(text=json.dumps(m))) is not None), None
        )
        source = "text"
    elif isinstance(body, dict) and isinstance(body.get("url"), str):
        fails = failure_trigger(url=body["url"])
        source = f"{kind}-url"
    else:
        source = kind
    if conversation is None:
        cid = ctx.state.numeric_id()
        while cid in ctx.state.conversations:
            cid = ctx.state.numeric_id()
        conversation = Conversation(id=cid, name=cid, created_at=ctx.now, start_time=ctx.now, source=source)
        ctx.state.conversations[cid] = conversation
    _apply_options(conversation, options)
    webhook = options.get("webhookUrl") if isinstance(options.get("webhookUrl"), str) else None
    job = schedule(
        ctx.state, ctx.core.settings, conversation, kind=source, now=ctx.now, fails=fails, webhook_url=webhook
    )
    speakers = _speakers(options)
    if isinstance(body, Upload):
        seed = bytes.fromhex(body.sha256)
        ingest_recognised(ctx.state, conversation, transcribe(seed, duration, len(speakers)), speakers, job.id)
    elif isinstance(body, dict) and isinstance(body.get("messages"), list):
        ingest_text(ctx.state, conversation, _dicts(body["messages"]), job.id)
    elif isinstance(body, dict) and isinstance(body.get("url"), str):
        url = body["url"]
        ingest_recognised(
            ctx.state,
            conversation,
            transcribe(url.encode("utf-8", "surrogatepass"), url_duration(url), len(speakers)),
            speakers,
            job.id,
        )
        conversation.media_url = conversation.media_url or url
    ctx.core.webhooks.register(job)
    job_field = str(extension.get("jobIdField", "jobId"))
    conversation_field = str(extension.get("conversationIdField", "conversationId"))
    return ctx.ok({conversation_field: conversation.id, job_field: job.id})


def job_status(ctx: Context) -> Reply:
    job_id = str(ctx.path.get("jobId", ""))
    job = ctx.state.jobs.get(job_id)
    if job is None:
        raise ApiError(404, f"Job {job_id} was not found.")
    status_field = str((ctx.op.extensions.get("x-symbl-job-status") or {}).get("statusField", "status"))
    status = job.status(ctx.now)
    body = {"id": job.id, status_field: status}
    if status == "failed" and job.failure_reason:
        body["message"] = f"The job failed: {job.failure_reason}."
    return ctx.ok(body)


# -- conversations -------------------------------------------------------------------------------

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


def _ready(ctx: Context, conversation: Conversation, what: str) -> None:
    if conversation_busy(ctx.state, conversation, ctx.now):
        raise ApiError(
            404, f"The {what} of conversation {conversation.id} is not ready: its processing job is still running."
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


# -- bookmarks ------------------------------------------------------------------------------------


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


# -- experiences --------------------------------------------------------------------------------


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


# -- telephony -------------------------------------------------------------------------------------


def connect_endpoint(ctx: Context) -> Reply:
    body = ctx.body
    state = ctx.state
    if body.get("operation") == "stop":
        connection_id = str(body.get("connectionId"))
        connection = state.connections.get(connection_id)
        if connection is None or not connection.active:
            raise ApiError(404, f"Connection {connection_id} was not found or is already stopped.")
        conversation = state.conversations.get(connection.conversation_id)
        if conversation is not None:
            check_capacity(state, ctx.core.settings, ctx.now)
        connection.active = False
        if conversation is not None:
            duration = max(6.0, ctx.now - conversation.created_at)
            job = schedule(
                state, ctx.core.settings, conversation, kind="telephony", now=ctx.now, fails=None, webhook_url=None
            )
            speakers = [e.user for e in conversation.speaker_events if e.type == "started_speaking"] or [
                {"name": "Caller"}
            ]
            unique = list({json.dumps(s, sort_keys=True): s for s in speakers}.values())
            ingest_recognised(
                state, conversation, transcribe(connection.id.encode(), duration, len(unique)), unique, job.id
            )
        return ctx.ok(_connection_body(ctx, connection.id, connection.conversation_id))
    session = as_dict(as_dict(body.get("data")).get("session"))
    cid = state.numeric_id()
    name = as_str(session.get("name"), cid)
    state.conversations[cid] = Conversation(
        id=cid, name=name, created_at=ctx.now, start_time=ctx.now, source="telephony"
    )
    connection = Connection(id=state.uuid(), conversation_id=cid)
    state.connections[connection.id] = connection
    return ctx.ok(_connection_body(ctx, connection.id, cid))


def _connection_body(ctx: Context, connection_id: str, conversation_id: str) -> dict[str, Any]:
    websocket_base = re.sub(r"^http", "ws", ctx.base_url)
    return {
        "eventUrl": f"{ctx.base_url}/v1/event/{connection_id}",
        "resultWebSocketUrl": f"{websocket_base}/events/{connection_id}",
        "connectionId": connection_id,
        "conversationId": conversation_id,
    }


def push_event(ctx: Context) -> Reply:
    connection_id = str(ctx.path.get("connectionId"))
    connection = ctx.state.connections.get(connection_id)
    if connection is None or not connection.active:
        raise ApiError(404, f"Connection {connection_id} was not found or is no longer active.")
    conversation = ctx.state.conversations.get(connection.conversation_id)
    event = dict(ctx.body)
    connection.events.append(event)
    if conversation is not None:
        stamp = event.get("timestamp")
        when = parse_date_time(stamp).timestamp() if isinstance(stamp, str) else ctx.now
        add_speaker_events(conversation, [event], lambda e: max(0.0, when - conversation.created_at))
        member_for(conversation, event.get("user") if isinstance(event.get("user"), dict) else None, "Unknown speaker")
    return ctx.ok({"message": "Event pushed successfully."})


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

__all__ = ["INSIGHTS", "SPECIFIC", "Context", "Handler", "Reply", "list_conversations", "process"]
