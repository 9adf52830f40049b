"""State of the mock behind a small storage interface, with an in-memory implementation.

Handlers take an app's state inside `storage.transaction(app_id)`; the in-memory store serialises
transactions with one re-entrant lock, so concurrent requests (threads or tasks) never
interleave inside a read-modify-write and appends keep their submission order.
"""

from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

# Share of a job's duration it spends `scheduled` before turning `in_progress`.
SCHEDULED_SHARE = 0.2


def as_dict(value: Any) -> dict[str, Any]:
    """`value` if it is a JSON object, else an empty one (for reading optional request fields)."""
    return value if isinstance(value, dict) else {}


def as_number(value: Any, default: float = 0.0) -> float:
    """`value` as a float if it is a JSON number, clamped to +/-1e12 so huge integers stay usable."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return float(max(-1e12, min(1e12, value)))


def as_str(value: Any, default: str = "") -> str:
    """`value` if it is a non-empty string, else `default`."""
    return value if isinstance(value, str) and value else default


# Timestamps Python can render: years 1 to 9999 (inputs near the ends are clamped).
MIN_TS = -62135596800.0
MAX_TS = 253402300799.0


def moment(ts: float) -> datetime:
    """Epoch seconds as an aware UTC datetime (clamped to years 1..9999)."""
    return datetime.fromtimestamp(min(MAX_TS, max(MIN_TS, ts)), tz=UTC)


def iso(ts: float) -> str:
    """Epoch seconds as an ISO 8601 UTC timestamp with milliseconds (`2020-07-10T11:16:21.024Z`)."""
    moment_ = moment(ts)
    return (
        f"{moment_.year:04d}-{moment_.month:02d}-{moment_.day:02d}T"
        f"{moment_.hour:02d}:{moment_.minute:02d}:{moment_.second:02d}.{moment_.microsecond // 1000:03d}Z"
    )


@dataclass
class Member:
    id: str
    key: str
    name: str
    email: str | None = None
    user_id: str | None = None

    def person(self, *, style: str = "message") -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "name": self.name}
        if style == "insight":
            if self.user_id or self.email:
                out["userId"] = self.user_id or self.email
        elif self.email:
            out["email"] = self.email
        return out


@dataclass
class StoredMessage:
    id: str
    text: str
    member_key: str
    start: float
    end: float
    job_id: str
    seq: int
    channel: int | None = None


@dataclass(frozen=True)
class JobStatusNames:
    """What a job's status is called in each phase: from the spec's `x-symbl-job-status`
    (`pending` in order, then the first `succeeded` and `failed` values)."""

    scheduled: str = "scheduled"
    in_progress: str = "in_progress"
    completed: str = "completed"
    failed: str = "failed"

    @classmethod
    def from_extension(cls, extension: Any) -> JobStatusNames:
        def names(key: str) -> list[str]:
            value = extension.get(key) if isinstance(extension, dict) else None
            if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
                raise ValueError(f"x-symbl-job-status.{key} must be a non-empty list of status names, not {value!r}")
            return value

        pending = names("pending")
        return cls(pending[0], pending[-1], names("succeeded")[0], names("failed")[0])


@dataclass
class Job:
    id: str
    conversation_id: str
    kind: str
    submitted_at: float
    start_at: float
    end_at: float
    fails: bool = False
    webhook_url: str | None = None
    failure_reason: str | None = None
    names: JobStatusNames = field(default_factory=JobStatusNames)

    def status(self, now: float) -> str:
        for changed_at, status in reversed(self.transitions()):
            if now >= changed_at:
                return status
        return self.names.scheduled

    def succeeded(self, now: float) -> bool:
        return now >= self.end_at and not self.fails

    def transitions(self) -> list[tuple[float, str]]:
        """(time, status) of every status change, in order."""
        in_progress = self.start_at + SCHEDULED_SHARE * (self.end_at - self.start_at)
        return [
            (self.submitted_at, self.names.scheduled),
            (in_progress, self.names.in_progress),
            (self.end_at, self.names.failed if self.fails else self.names.completed),
        ]


@dataclass
class SpeakerEvent:
    type: str
    offset: float
    user: dict[str, Any]


@dataclass
class Conversation:
    id: str
    name: str
    created_at: float
    start_time: float
    type: str = "meeting"
    metadata: dict[str, str] = field(default_factory=dict)
    members: dict[str, Member] = field(default_factory=dict)
    messages: list[StoredMessage] = field(default_factory=list)
    job_ids: list[str] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    inline_trackers: list[dict[str, Any]] = field(default_factory=list)
    inline_entities: list[dict[str, Any]] = field(default_factory=list)
    features: set[str] = field(default_factory=set)
    detect_entities: bool = False
    detect_phrases: bool = False
    all_trackers: bool = True
    speaker_events: list[SpeakerEvent] = field(default_factory=list)
    media_url: str | None = None
    source: str = "text"
    summary_version: int = 0
    topics_version: int = 0
    # Latest end and earliest start over `messages`, kept up to date by ingest (O(1) per message).
    last_end: float | None = None
    first_start: float | None = None


@dataclass
class TokenRecord:
    token: str
    app_id: str
    issued_at: float
    expires_at: float
    refresh_token: str
    revoked: bool = False


@dataclass
class Connection:
    id: str
    conversation_id: str
    active: bool = True
    events: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class State:
    """Everything the mock remembers. Mutate only inside `Storage.transaction()`."""

    rng: random.Random
    conversations: dict[str, Conversation] = field(default_factory=dict)
    jobs: dict[str, Job] = field(default_factory=dict)
    tokens: dict[str, TokenRecord] = field(default_factory=dict)
    refresh_tokens: dict[str, str] = field(default_factory=dict)
    connections: dict[str, Connection] = field(default_factory=dict)
    # Generic resources: kind -> scope (values of the enclosing path parameters) -> id -> item.
    resources: dict[str, dict[tuple[str, ...], dict[str, dict[str, Any]]]] = field(default_factory=dict)
    singletons: dict[str, Any] = field(default_factory=dict)
    message_seq: int = 0
    pending_jobs: set[str] = field(default_factory=set)

    def numeric_id(self) -> str:
        """A 16-digit numeric string, the shape of Symbl's conversation and resource ids."""
        return str(10**15 + self.rng.getrandbits(63) % (9 * 10**15))

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def collection(self, kind: str, scope: tuple[str, ...]) -> dict[str, dict[str, Any]]:
        return self.resources.setdefault(kind, {}).setdefault(scope, {})

    def all_items(self, kind: str) -> list[dict[str, Any]]:
        return [item for scope in self.resources.get(kind, {}).values() for item in scope.values()]


class Storage(Protocol):
    """What handlers need from storage: an exclusive view of one app's state."""

    def transaction(self, app_id: str) -> AbstractContextManager[State]:
        """A context manager yielding the app's `State`, held exclusively until it exits."""
        ...


class MemoryStorage:
    """In-memory storage, one `State` per app; one re-entrant lock serialises transactions
    across threads and tasks. All apps draw ids from one seeded generator, so no id repeats
    across apps."""

    def __init__(self, seed: int | None = None) -> None:
        self._lock = threading.RLock()
        self._rng = random.Random(seed)
        self._states: dict[str, State] = {}

    @contextmanager
    def transaction(self, app_id: str) -> Iterator[State]:
        with self._lock:
            state = self._states.get(app_id)
            if state is None:
                state = self._states[app_id] = State(rng=self._rng)
            yield state
