"""What insights read: a conversation's visible messages and members, and shared helpers
for the insight objects built from them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .._storage import Conversation, Member, iso
from ._lexicon import (
    WORD,
    _score,
    stable_id,
)


@dataclass
class MessageView:
    id: str
    text: str
    member: Member
    start: float
    end: float
    offset: float
    channel: int | None = None

    @property
    def duration(self) -> float:
        return max(0.0, self.end - self.start)


@dataclass
class ConversationView:
    conversation: Conversation
    messages: list[MessageView]
    members: list[Member]
    account_trackers: list[dict[str, Any]] = field(default_factory=list)
    account_entities: list[dict[str, Any]] = field(default_factory=list)

    def member_by_id(self, member_id: str) -> Member | None:
        return next((m for m in self.members if m.id == member_id), None)


def _mentions(text: str, name: str) -> int:
    if not name:
        return -1
    found = re.search(r"\b" + re.escape(name) + r"\b", text)
    return found.start() if found else -1


def _insight(view: ConversationView, message: MessageView, kind: str, index: int) -> dict[str, Any]:
    return {
        "id": stable_id(view.conversation.id, kind, message.id, index),
        "text": message.text,
        "type": kind,
        "score": _score(view.conversation.id, kind, message.id),
        "messageIds": [message.id],
        "from": message.member.person(style="insight"),
    }


def _ref(message: MessageView, offset: int, *, times: bool = True) -> dict[str, Any]:
    ref: dict[str, Any] = {"id": message.id, "text": message.text, "offset": offset}
    if times:
        ref["startTime"] = iso(message.start)
        ref["endTime"] = iso(message.end)
    return ref


def _exact(term: str, text: str) -> int:
    words = WORD.findall(term) or [term]
    pattern = r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)"
    found = re.search(pattern, text, re.IGNORECASE)
    return found.start() if found else -1


def words(message: MessageView, *, recognised: bool) -> list[dict[str, Any]]:
    tokens = message.text.split()
    if not tokens:
        return []
    total = sum(len(t) for t in tokens)
    cursor = message.start
    out = []
    for index, token in enumerate(tokens):
        span = message.duration * len(token) / total
        word: dict[str, Any] = {
            "word": token,
            "startTime": iso(cursor),
            "endTime": iso(cursor + span),
            "timeOffset": round(max(0.0, message.offset + cursor - message.start), 2),
            "duration": round(span, 2),
        }
        if recognised:
            word["score"] = _score(message.id, index, low=0.75, high=0.99)
        out.append(word)
        cursor += span
    return out
