"""Questions, action items, follow-ups, comprehensive action items and intents."""

from __future__ import annotations

import re
from typing import Any

from .._storage import moment
from ._lexicon import (
    ACTION,
    DUE,
    FOLLOW_UP,
    INTENTS,
    REQUEST,
    STOPWORDS,
    TENTATIVE,
    VOCATIVE,
    _due_date,
    _first_name,
    _score,
    action_phrase,
    stable_id,
)
from ._view import ConversationView, MessageView, _insight, _mentions


def questions(view: ConversationView) -> list[dict[str, Any]]:
    found = []
    for message in view.messages:
        if message.text.rstrip().endswith("?"):
            found.append(_insight(view, message, "question", 0))
    return found


def _assignee(view: ConversationView, message: MessageView) -> tuple[dict[str, Any], str | None, int]:
    """(assignee person, name as written in the text, offset) for an action item."""
    text = message.text
    if re.search(r"\b(i will|i'll|i am going to|i'm going to|let me)\b", text, re.IGNORECASE):
        return message.member.person(), None, -1
    vocative = VOCATIVE.match(text)
    if vocative and vocative.group(1).lower() not in STOPWORDS:
        for member in view.members:
            if vocative.group(1) in (member.name, _first_name(member)):
                return member.person(), vocative.group(1), 0
        return {"name": vocative.group(1)}, vocative.group(1), 0
    for member in view.members:
        if member.key == message.member.key:
            continue
        for candidate in (member.name, _first_name(member)):
            offset = _mentions(text, candidate)
            if offset >= 0:
                return member.person(), candidate, offset
    if re.search(r"\byou\b", text, re.IGNORECASE):
        others = [m for m in view.members if m.key != message.member.key]
        if len(others) == 1:
            return others[0].person(), None, -1
    return message.member.person(), None, -1


def _task(view: ConversationView, message: MessageView, kind: str) -> dict[str, Any]:
    item = _insight(view, message, kind, 1)
    assignee, written, offset = _assignee(view, message)
    entities: list[dict[str, Any]] = []
    if written is not None:
        entities.append(
            {"type": "person", "text": written, "offset": offset, "value": {"assignee": True, "name": written}}
        )
    due = _due_date(message.text, moment(message.start))
    if due is not None:
        phrase, at, day = due
        entities.append({"type": "date", "text": phrase, "offset": at, "value": day})
        item["dueBy"] = f"{day}T17:00:00.000Z"
    phrase_text = action_phrase(message.text)
    item.update(
        {
            "entities": entities,
            "phrases": [{"type": "action_phrase", "text": phrase_text}] if phrase_text else [],
            "definitive": TENTATIVE.search(message.text) is None,
            "assignee": assignee,
        }
    )
    return item


def _is_task(text: str) -> bool:
    if text.rstrip().endswith("?"):
        request = REQUEST.search(text) and DUE.search(text)
        return bool(request) or re.search(r"\bplease\b", text, re.IGNORECASE) is not None
    return ACTION.search(text) is not None


def follow_ups(view: ConversationView) -> list[dict[str, Any]]:
    return [_task(view, m, "follow_up") for m in view.messages if _is_task(m.text) and FOLLOW_UP.search(m.text)]


def action_items(view: ConversationView) -> list[dict[str, Any]]:
    return [_task(view, m, "action_item") for m in view.messages if _is_task(m.text) and not FOLLOW_UP.search(m.text)]


def all_insights(view: ConversationView) -> list[dict[str, Any]]:
    items = questions(view) + action_items(view) + follow_ups(view)
    order = {m.id: i for i, m in enumerate(view.messages)}
    return sorted(items, key=lambda item: (order.get(item["messageIds"][0], 0), item["type"]))


def comprehensive_action_items(view: ConversationView) -> list[dict[str, Any]]:
    result = []
    by_id = {m.id: m for m in view.messages}
    for task in action_items(view) + follow_ups(view):
        message = by_id[task["messageIds"][0]]
        who = task["assignee"].get("name") or message.member.name
        phrase = (task["phrases"][0]["text"] if task["phrases"] else message.text).rstrip(".")
        item = {k: v for k, v in task.items() if k != "messageIds"}
        item.update(
            {
                "id": stable_id(view.conversation.id, "comprehensive", message.id),
                "text": f"{who} will {phrase}, as discussed with {message.member.name}.",
                "type": "action_item",
                "messageRefs": [{"id": message.id}],
            }
        )
        result.append(item)
    return result


def intents(view: ConversationView) -> list[dict[str, Any]]:
    result = []
    for message in view.messages:
        for name, pattern in INTENTS:
            if pattern.search(message.text):
                alternatives = [{"intent": other, "score": 0.2} for other, _ in INTENTS if other != name][:2]
                result.append(
                    {
                        "id": stable_id(view.conversation.id, "intent", message.id, name),
                        "text": message.text,
                        "type": "intent",
                        "score": _score(view.conversation.id, "intent", message.id),
                        "messageIds": [message.id],
                        "intent": name,
                        "alternatives": alternatives,
                        "entities": [],
                    }
                )
                break
    return result
