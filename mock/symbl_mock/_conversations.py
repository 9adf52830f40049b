"""Conversations: ingesting messages, members and speaker events, and rendering them.

Messages are stored at submission time, in submission order, tagged with their job; they
become visible (and feed insights) once that job is `completed`. Renaming a member or adding
speaker events changes what is rendered, never what is stored.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from typing import Any

from ._formats import is_date_time, parse_date_time
from ._insights import ConversationView, MessageView
from ._media import WORDS_PER_SECOND, RecognisedSentence
from ._storage import Conversation, Member, SpeakerEvent, State, StoredMessage, as_dict, as_str, iso

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")
_EMAILISH = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def split_sentences(content: str) -> list[str]:
    text = content.strip()
    if not text:
        return [content]
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def _identity(person: dict[str, Any] | None, fallback_name: str) -> tuple[str, str | None, str | None, str | None]:
    """(member key, name, userId, email) of a `from`/`user`/`speaker` object."""
    person = person if isinstance(person, dict) else {}
    name = person.get("name") if isinstance(person.get("name"), str) and person.get("name") else None
    user_id = person.get("userId") if isinstance(person.get("userId"), str) and person.get("userId") else None
    email = person.get("email") if isinstance(person.get("email"), str) and person.get("email") else None
    if email is None and user_id is not None and _EMAILISH.match(user_id):
        email = user_id
    return (user_id or email or name or fallback_name).lower(), name, user_id, email


def member_for(conversation: Conversation, person: dict[str, Any] | None, fallback_name: str) -> Member:
    """The conversation's member for a `from`/`user`/`speaker` object, created on first sight."""
    key, name, user_id, email = _identity(person, fallback_name)
    member = conversation.members.get(key)
    if member is None:
        digest = hashlib.sha256(f"{conversation.id}\x1f{key}".encode()).digest()
        member = Member(
            id=str(uuid.UUID(bytes=digest[:16], version=4)),
            key=key,
            name=name or (user_id.split("@")[0] if user_id else fallback_name),
            email=email,
            user_id=user_id,
        )
        conversation.members[key] = member
    return member


def _estimate(text: str) -> float:
    return max(0.5, round(len(text.split()) / WORDS_PER_SECOND, 3))


def _next_start(conversation: Conversation) -> float:
    return conversation.start_time if conversation.last_end is None else conversation.last_end


def _add(
    state: State,
    conversation: Conversation,
    text: str,
    member: Member,
    start: float,
    end: float,
    job_id: str,
    channel: int | None = None,
) -> None:
    state.message_seq += 1
    end = max(end, start)
    conversation.messages.append(
        StoredMessage(
            id=state.numeric_id(),
            text=text,
            member_key=member.key,
            start=start,
            end=end,
            job_id=job_id,
            seq=state.message_seq,
            channel=channel,
        )
    )
    if conversation.last_end is None or end > conversation.last_end:
        conversation.last_end = end
    if conversation.first_start is None or start < conversation.first_start:
        conversation.first_start = start


@dataclass
class PlannedMessage:
    """A text message read and split before the state is locked (see `plan_text`)."""

    person: dict[str, Any] | None
    fallback_name: str
    member_key: str
    sentences: list[tuple[str, float]]  # text and its share of the message's span
    start: float | None
    end: float | None
    estimate: float


def plan_text(messages: list[dict[str, Any]]) -> list[PlannedMessage]:
    """Read text messages: sentences, explicit times, estimated durations. Needs no state, so a
    large submission is planned outside the lock and `store_text` only appends."""
    planned: list[PlannedMessage] = []
    for index, raw in enumerate(messages):
        content = as_str(as_dict(raw.get("payload")).get("content"))
        person = raw.get("from") if isinstance(raw.get("from"), dict) else None
        fallback = f"Speaker {index % 2 + 1}" if not raw.get("from") else "Unknown"
        duration = as_dict(raw.get("duration"))
        start_raw, end_raw = duration.get("startTime"), duration.get("endTime")
        start = (
            parse_date_time(start_raw).timestamp() if isinstance(start_raw, str) and is_date_time(start_raw) else None
        )
        end = parse_date_time(end_raw).timestamp() if isinstance(end_raw, str) and is_date_time(end_raw) else None
        sentences = split_sentences(content)
        total_chars = sum(len(s) for s in sentences) or 1
        shares = [(sentence, len(sentence) / total_chars) for sentence in sentences]
        key = _identity(person, fallback)[0]
        planned.append(PlannedMessage(person, fallback, key, shares, start, end, sum(_estimate(s) for s in sentences)))
    return planned


def store_text(state: State, conversation: Conversation, planned: list[PlannedMessage], job_id: str) -> None:
    """Store planned messages, timed from their `duration` or estimated after what came before.

    Runs under the state lock, so it only does arithmetic and appends (24,000 messages in
    well under 100 ms); everything else was done by `plan_text`."""
    stored = conversation.messages
    last_end = conversation.last_end if conversation.last_end is not None else conversation.start_time
    first_start = conversation.first_start
    seq = state.message_seq
    for message in planned:
        if message.member_key not in conversation.members:
            member_for(conversation, message.person, message.fallback_name)
        start, end = message.start, message.end
        if start is None and end is None:
            start = last_end
            end = start + message.estimate
        elif start is None:
            assert end is not None
            start = end - message.estimate
        elif end is None or end < start:
            end = start + message.estimate
        span = end - start
        cursor = start
        for sentence, share in message.sentences:
            seq += 1
            stop = cursor + span * share
            stored.append(StoredMessage(state.numeric_id(), sentence, message.member_key, cursor, stop, job_id, seq))
            cursor = stop
        last_end = max(last_end, cursor, start)
        first_start = start if first_start is None else min(first_start, start)
    state.message_seq = seq
    conversation.last_end = last_end if stored else conversation.last_end
    conversation.first_start = first_start


def ingest_recognised(
    state: State,
    conversation: Conversation,
    sentences: list[RecognisedSentence],
    speakers: list[dict[str, Any]],
    job_id: str,
) -> None:
    """Store a recognised transcript after what the conversation already holds."""
    base = _next_start(conversation)
    for sentence in sentences:
        person = speakers[sentence.speaker] if sentence.speaker < len(speakers) else None
        member = member_for(conversation, person, f"Speaker {sentence.speaker + 1}")
        start = base + sentence.offset
        _add(state, conversation, sentence.text, member, start, start + sentence.duration, job_id)


def add_speaker_events(conversation: Conversation, events: list[dict[str, Any]], offset_of: Any) -> None:
    for event in events:
        user = as_dict(event.get("user"))
        member_for(conversation, user, "Unknown speaker")
        conversation.speaker_events.append(SpeakerEvent(str(event.get("type")), float(offset_of(event)), user))


def _speaker_at(conversation: Conversation, offset: float) -> Member | None:
    """The member speaking at `offset` according to speaker events (latest start wins)."""
    speaking: dict[str, tuple[float, Member]] = {}
    chosen: Member | None = None
    best = -1.0
    for event in sorted(conversation.speaker_events, key=lambda e: e.offset):
        if event.offset > offset:
            break
        member = member_for(conversation, event.user, "Unknown speaker")
        if event.type == "started_speaking":
            speaking[member.key] = (event.offset, member)
        else:
            speaking.pop(member.key, None)
    for started, member in speaking.values():
        if started >= best:
            best, chosen = started, member
    return chosen


def build_view(
    conversation: Conversation,
    visible_jobs: set[str],
    *,
    account_trackers: list[dict[str, Any]] | None = None,
    account_entities: list[dict[str, Any]] | None = None,
) -> ConversationView:
    stored = [m for m in conversation.messages if m.job_id in visible_jobs]
    origin = conversation.start_time if conversation.first_start is None else conversation.first_start
    by_key = conversation.members
    messages = []
    for message in stored:
        member = by_key[message.member_key]
        if conversation.speaker_events:
            member = _speaker_at(conversation, message.start - origin) or member
        messages.append(
            MessageView(
                id=message.id,
                text=message.text,
                member=member,
                start=message.start,
                end=message.end,
                offset=round(max(0.0, message.start - origin), 2),
                channel=message.channel,
            )
        )
    return ConversationView(
        conversation=conversation,
        messages=messages,
        members=list(conversation.members.values()),
        account_trackers=account_trackers or [],
        account_entities=account_entities or [],
    )


def conversation_json(conversation: Conversation) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": conversation.id,
        "type": conversation.type,
        "name": conversation.name,
        "startTime": iso(conversation.start_time),
    }
    if conversation.last_end is not None and conversation.first_start is not None:
        span = conversation.last_end - conversation.first_start
        out["endTime"] = iso(conversation.start_time + max(0.0, span))
    out["members"] = [m.person() for m in conversation.members.values()]
    out["metadata"] = dict(conversation.metadata)
    return out
