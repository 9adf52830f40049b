"""Whole-conversation documents: analytics, summary, formatted transcript, call score."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .._storage import as_dict, iso
from ._lexicon import (
    message_phrases,
    stable_id,
)
from ._tasks import (
    action_items,
    follow_ups,
    questions,
)
from ._topics import topics
from ._view import ConversationView, MessageView


def _union(intervals: Iterable[tuple[float, float]]) -> float:
    total = 0.0
    current: tuple[float, float] | None = None
    for start, end in sorted(intervals):
        if current is None or start > current[1]:
            if current is not None:
                total += current[1] - current[0]
            current = (start, end)
        else:
            current = (current[0], max(current[1], end))
    if current is not None:
        total += current[1] - current[0]
    return total


def _merged(intervals: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _intersection(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> float:
    """Seconds both members talk at once (two-pointer sweep over merged intervals)."""
    left, right = _merged(a), _merged(b)
    total = 0.0
    i = j = 0
    while i < len(left) and j < len(right):
        total += max(0.0, min(left[i][1], right[j][1]) - max(left[i][0], right[j][0]))
        if left[i][1] < right[j][1]:
            i += 1
        else:
            j += 1
    return total


def _pct(part: float, whole: float) -> float:
    return round(100.0 * part / whole, 3) if whole > 0 else 0.0


def analytics(view: ConversationView) -> dict[str, Any]:
    if not view.messages:
        zero = {"percent": 0.0, "seconds": 0.0}
        return {
            "metrics": [{"type": t, **zero} for t in ("total_silence", "total_talk_time", "total_overlap")],
            "members": [],
        }
    start = min(m.start for m in view.messages)
    end = max(m.end for m in view.messages)
    total = max(end - start, 0.001)
    spans: dict[str, list[tuple[float, float]]] = {}
    words: dict[str, int] = {}
    for message in view.messages:
        spans.setdefault(message.member.key, []).append((message.start, message.end))
        words[message.member.key] = words.get(message.member.key, 0) + len(message.text.split())
    talk = _union(iv for ivs in spans.values() for iv in ivs)
    overlap_total = sum(_intersection(spans[a], spans[b]) for i, a in enumerate(spans) for b in list(spans)[i + 1 :])
    metrics = [
        {
            "type": "total_silence",
            "percent": _pct(max(0.0, total - talk), total),
            "seconds": round(max(0.0, total - talk), 3),
        },
        {"type": "total_talk_time", "percent": _pct(talk, total), "seconds": round(talk, 3)},
        {"type": "total_overlap", "percent": _pct(overlap_total, total), "seconds": round(overlap_total, 3)},
    ]
    members = []
    for member in view.members:
        own = spans.get(member.key)
        if not own:
            continue
        seconds = _union(own)
        listen = max(0.0, total - seconds)
        overlapping = []
        overlap_seconds = 0.0
        for other in view.members:
            if other.key == member.key or other.key not in spans:
                continue
            shared = _intersection(own, spans[other.key])
            if shared > 0:
                overlap_seconds += shared
                entry: dict[str, Any] = {"id": other.id, "name": other.name, "percent": _pct(shared, seconds)}
                if other.user_id or other.email:
                    entry["userId"] = other.user_id or other.email
                entry["seconds"] = round(shared, 3)
                overlapping.append(entry)
        item: dict[str, Any] = {"id": member.id, "name": member.name}
        if member.user_id or member.email:
            item["userId"] = member.user_id or member.email
        item["pace"] = {"wpm": round(words.get(member.key, 0) / (seconds / 60.0)) if seconds > 0 else 0}
        item["talkTime"] = {"percentage": _pct(seconds, total), "seconds": round(seconds, 3)}
        item["listenTime"] = {"percentage": _pct(listen, total), "seconds": round(listen, 3)}
        item["overlap"] = (
            {"overlapDuration": round(overlap_seconds, 3), "overlappingMembers": overlapping} if overlapping else {}
        )
        members.append(item)
    return {"metrics": metrics, "members": members}


def summary(view: ConversationView, *, bookmark_id: str | None = None) -> list[dict[str, Any]]:
    if not view.messages:
        return []
    by_id = {m.id: m for m in view.messages}
    items: list[tuple[str, list[MessageView]]] = []
    found_topics = topics(view)
    if found_topics:
        names = [t["text"] for t in found_topics[:3]]
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        refs = [by_id[i] for i in found_topics[0]["messageIds"] if i in by_id][:3]
        items.append((f"The conversation covered {listed}.", refs))
    for question in questions(view)[:2]:
        message = by_id[question["messageIds"][0]]
        items.append((f"{message.member.name} asked: {message.text}", [message]))
    for task in (action_items(view) + follow_ups(view))[:3]:
        message = by_id[task["messageIds"][0]]
        who = task["assignee"].get("name") or message.member.name
        phrase = (task["phrases"][0]["text"] if task["phrases"] else message.text).rstrip(".")
        items.append((f"{who} will {phrase}.", [message]))
    if len(items) < 2:
        items.append((view.messages[0].text, [view.messages[0]]))
    result = []
    for index, (text, refs) in enumerate(items):
        item: dict[str, Any] = {
            "id": stable_id(view.conversation.id, "summary", bookmark_id or "", index, text),
            "text": text,
            "messageRefs": [{"id": m.id} for m in refs],
        }
        if refs:
            item["startTime"] = iso(min(m.start for m in refs))
            item["endTime"] = iso(max(m.end for m in refs))
        if bookmark_id is not None:
            item["bookmarkReference"] = {"id": bookmark_id}
        result.append(item)
    return result


def _srt_time(seconds: float) -> str:
    millis = round(max(0.0, seconds) * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d},{millis:03d}"


def formatted_transcript(view: ConversationView, options: dict[str, Any]) -> dict[str, str]:
    content_type = str(options.get("contentType", "text/markdown"))
    speakers = bool(options.get("showSpeakerSeparation", False))
    if content_type == "text/srt":
        cues = []
        for index, message in enumerate(view.messages, start=1):
            text = f"{message.member.name}: {message.text}" if speakers else message.text
            cues.append(
                f"{index}\n{_srt_time(message.offset)} --> {_srt_time(message.offset + message.duration)}\n{text}\n"
            )
        return {"payload": "\n".join(cues), "contentType": "text/srt"}
    phrase_options = as_dict(options.get("phrases"))
    marks: dict[str, set[str]] = {}
    if phrase_options.get("highlightAllKeyPhrases") or phrase_options.get("highlightOnlyInsightKeyPhrases"):
        for task in action_items(view) + follow_ups(view):
            marks.setdefault(task["messageIds"][0], set()).update(p["text"] for p in task["phrases"])
    if phrase_options.get("highlightAllKeyPhrases"):
        for message in view.messages:
            marks.setdefault(message.id, set()).update(p["text"] for p in message_phrases(message.text))

    def render(message: MessageView) -> str:
        text = message.text
        for phrase in sorted(marks.get(message.id, ()), key=len, reverse=True):
            if phrase and phrase in text and f"<mark>{phrase}" not in text:
                text = text.replace(phrase, f"<mark>{phrase}</mark>", 1)
        return text

    if options.get("createParagraphs"):
        paragraphs: list[tuple[str, list[str]]] = []
        for message in view.messages:
            if paragraphs and paragraphs[-1][0] == message.member.key:
                paragraphs[-1][1].append(render(message))
            else:
                paragraphs.append((message.member.key, [render(message)]))
        names = {m.key: m.name for m in view.members}
        blocks = [(f"{names.get(k, '')}: " if speakers else "") + " ".join(t) for k, t in paragraphs]
        payload = "<br/><br/>".join(blocks)
    else:
        lines = [(f"{m.member.name}: " if speakers else "") + render(m) for m in view.messages]
        payload = "<br/>".join(lines)
    return {"payload": payload, "contentType": "text/markdown"}


def call_score(view: ConversationView) -> dict[str, Any]:
    stats = analytics(view)
    shares = [m["talkTime"]["percentage"] for m in stats["members"]] or [100.0]
    balance = max(0.0, 100.0 - abs(max(shares) - 100.0 / len(shares)) * 1.2)
    asked = questions(view)
    answered = 0
    for question in asked:
        index = next((i for i, m in enumerate(view.messages) if m.id == question["messageIds"][0]), None)
        if index is not None and index + 1 < len(view.messages):
            answered += view.messages[index + 1].member.key != view.messages[index].member.key
    handling = 60.0 + 40.0 * answered / len(asked) if asked else 55.0
    tasks = len(action_items(view)) + len(follow_ups(view))
    motion = min(100.0, 40.0 + 15.0 * tasks)
    text = " ".join(m.text.lower() for m in view.messages)
    covered = sum(1 for word in ("price", "budget", "timeline", "decision", "demo", "contract") if word in text)
    process = min(100.0, 45.0 + 10.0 * covered)
    criteria = [
        (
            "Communication and Engagement",
            balance,
            "The conversation was balanced between speakers.",
            "One speaker dominated the conversation.",
        ),
        ("Question Handling", handling, "Questions were answered promptly.", "Some questions were left unanswered."),
        ("Forward Motion", motion, "Clear next steps were agreed.", "No concrete next steps were agreed."),
        (
            "Sales Process",
            process,
            "Key sales topics were covered.",
            "Budget, timeline or decision process were not discussed.",
        ),
    ]
    rendered = []
    for name, value, good, bad in criteria:
        score = round(max(0.0, min(100.0, value)))
        rendered.append(
            {
                "name": name,
                "score": score,
                "summary": good if score >= 60 else bad,
                "feedback": {"positive": {"summary": good}, "negative": {"summary": bad}},
            }
        )
    overall = round(sum(c["score"] for c in rendered) / len(rendered))
    return {
        "score": overall,
        "summary": f"Overall score {overall}: "
        + ("a productive call with clear next steps." if overall >= 60 else "the call needs clearer next steps."),
        "criteria": rendered,
    }
