"""What every handler gets and returns: the request `Context` (the mock, the validated
request, the app's state, the time) and a `Reply`; plus helpers all handlers share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from . import _insights as insights
from ._auth import TokenIssuer
from ._conversations import (
    build_view,
)
from ._errors import ApiError
from ._jobs import completed_job_ids, conversation_busy
from ._resources import NO_BODY, ResourceModel
from ._settings import MockSettings
from ._spec import Operation, SpecIndex
from ._storage import Conversation, JobStatusNames, State
from ._validation import ValidatedRequest
from ._webhooks import WebhookDispatcher

SEVEN_DAYS = 7 * 24 * 3600.0


class Core(Protocol):
    """What handlers use of the mock (implemented by `_app.MockCore`; no import of it here)."""

    settings: MockSettings
    spec: SpecIndex
    resources: ResourceModel
    tokens: TokenIssuer
    webhooks: WebhookDispatcher
    job_statuses: JobStatusNames

    def account_items(self, state: State, what: str) -> list[dict[str, Any]]:
        """Account-level trackers (`what="trackers"`) or custom entities (`"entities"`) of the app."""
        ...


@dataclass
class Reply:
    status: int
    body: Any = NO_BODY
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Context:
    core: Core
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


def envelope_key(core: Core, op: Operation) -> str | None:
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


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _ready(ctx: Context, conversation: Conversation, what: str) -> None:
    if conversation_busy(ctx.state, conversation, ctx.now):
        raise ApiError(
            404, f"The {what} of conversation {conversation.id} is not ready: its processing job is still running."
        )
