"""Tokens and processing jobs: the token endpoints, every `x-symbl-job` operation (text,
media URL or upload; new or appended) and the job status."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from typing import Any

from ._context import Context, Reply, _dicts
from ._conversations import (
    PlannedMessage,
    ingest_recognised,
    plan_text,
    store_text,
)
from ._errors import ApiError
from ._jobs import FAIL_MARKER, check_capacity, failure_trigger, schedule
from ._media import MIN_SECONDS, MalformedMedia, media_duration, transcribe, url_duration
from ._spec import Operation
from ._storage import Conversation, as_dict
from ._upload import Upload
from ._validation import is_text, too_deep


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


@dataclass
class Prepared:
    """What a processing request needs that depends only on its input: read before the state is
    locked, so a large submission holds the lock only to append."""

    source: str
    fails: str | None = None
    planned: list[PlannedMessage] = field(default_factory=list)
    duration: float = 0.0


def prepare(op: Operation, body: Any, media_type: str | None) -> Prepared | None:
    """The input of an `x-symbl-job` operation, read (None for any other operation)."""
    if "x-symbl-job" not in op.extensions:
        return None
    kind = "video" if "video" in op.path else "audio" if "audio" in op.path else "text"
    if isinstance(body, Upload):
        fails = failure_trigger(found=FAIL_MARKER.encode() in body.markers)
        try:
            duration = media_duration(body.file, body.size)
        except MalformedMedia as exc:
            fails = fails or f"the media could not be read: {exc}"
            duration = MIN_SECONDS
        if media_type is None:
            fails = fails or "the media format could not be detected from its bytes; send a supported format"
        return Prepared(f"{kind}-upload", fails, duration=duration)
    if isinstance(body, dict) and isinstance(body.get("messages"), list):
        messages = _dicts(body["messages"])
        fails = next((r for m in messages if (r := failure_trigger(text=json.dumps(m))) is not None), None)
        return Prepared("text", fails, planned=plan_text(messages))
    if isinstance(body, dict) and isinstance(body.get("url"), str):
        return Prepared(f"{kind}-url", failure_trigger(url=body["url"]))
    return Prepared(kind)


def process(ctx: Context) -> Reply:
    """Any `x-symbl-job` operation: text messages, a media URL or an uploaded file, new or appended."""
    extension = ctx.op.extensions.get("x-symbl-job") or {}
    options = _options(ctx)
    appending = "conversationId" in ctx.path
    conversation = ctx.conversation() if appending else None
    check_capacity(ctx.state, ctx.core.settings, ctx.now)
    body = ctx.body
    prepared = ctx.req.prepared if isinstance(ctx.req.prepared, Prepared) else None
    prepared = prepared or prepare(ctx.op, body, ctx.req.media_type) or Prepared("text")
    source, fails = prepared.source, prepared.fails
    if conversation is None:
        cid = ctx.state.numeric_id()
        while cid in ctx.state.conversations:
            cid = ctx.state.numeric_id()
        conversation = Conversation(id=cid, name=cid, created_at=ctx.now, start_time=ctx.now, source=source)
        ctx.state.conversations[cid] = conversation
    _apply_options(conversation, options)
    webhook = options.get("webhookUrl") if isinstance(options.get("webhookUrl"), str) else None
    job = schedule(
        ctx.state,
        ctx.core.settings,
        conversation,
        kind=source,
        now=ctx.now,
        fails=fails,
        webhook_url=webhook,
        names=ctx.core.job_statuses,
    )
    speakers = _speakers(options)
    if isinstance(body, Upload):
        seed = bytes.fromhex(body.sha256)
        transcript = transcribe(seed, prepared.duration, len(speakers))
        ingest_recognised(ctx.state, conversation, transcript, speakers, job.id)
    elif isinstance(body, dict) and isinstance(body.get("messages"), list):
        store_text(ctx.state, conversation, prepared.planned, job.id)
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
    if status == job.names.failed and job.failure_reason:
        body["message"] = f"The job failed: {job.failure_reason}."
    return ctx.ok(body)
