"""Telephony: starting and stopping a connection (`endpoint:connect`) and pushed events."""

from __future__ import annotations

import json
import re
from typing import Any

from ._context import Context, Reply
from ._conversations import (
    add_speaker_events,
    ingest_recognised,
    member_for,
)
from ._errors import ApiError
from ._formats import parse_date_time
from ._jobs import check_capacity, schedule
from ._media import transcribe
from ._storage import Connection, Conversation, as_dict, as_str


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
                state,
                ctx.core.settings,
                conversation,
                kind="telephony",
                now=ctx.now,
                fails=None,
                webhook_url=None,
                names=ctx.core.job_statuses,
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
