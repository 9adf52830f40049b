"""Insights derived deterministically from a conversation's text.

Simple, documented rules rather than models, so a test can predict every answer:

- questions: sentences ending with `?`;
- action items: sentences with a commitment or request (`I will`, `I'll`, `we need to`,
  `please`, `let's`, ...); follow-ups: sentences about a later contact (`follow up`,
  `get back to`, `schedule a call`, ...). The assignee is a member named in the sentence, the
  person addressed by name, the speaker for `I will`, or the other member for `you`; the due
  date comes from `today`, `tomorrow`, weekdays, `next week`, `end of the week/month` or an
  ISO date, relative to the message's date;
- topics: the most frequent non-stop-word phrases (two-word phrases first);
- entities: account custom entities and inline `entities` (exact, case-insensitive), plus
  people, dates, money and e-mail addresses when `detectEntities` was set;
- trackers: account trackers (unless `enableAllTrackers=false`) and inline trackers, matched
  exactly (offset of the match) or when all content words of a term occur (offset -1);
- analytics from message timings; sentiment from a small word list; summary, call score,
  abstract topics and intents from the above.
"""

from __future__ import annotations

import calendar
import hashlib
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from ._storage import Conversation, Member, as_dict, iso, moment


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _words(
    """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing don down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just let
    lets me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these they
    this those through to too under until up very was we were what when where which while who whom why
    will with would you your yours yourself yourselves yes yeah okay ok sure thanks thank hi hello well
    really think know like get got going want need needs make made take one two three four five ten
    thirty first next last lot bit sounds look looks good great much many usually always something
    anything everyone everything today tomorrow week weeks day days month months year years time extra
    send share show help walk please might must shall may hey morning afternoon evening call calls team
    """
)
POSITIVE = _words(
    """
    good great excellent helpful happy love promising thanks thank awesome perfect glad absolutely nice
    wonderful fantastic agree easy pleased excited amazing best interested sure
    """
)
NEGATIVE = _words(
    """
    bad worried worry concern concerned problem problems issue issues unfortunately difficult hard
    expensive never hate terrible frustrated frustrating delay delayed late wrong disappointed poor
    angry annoyed
    """
)
ACTION = re.compile(
    r"\b(i will|i'll|i am going to|i'm going to|we will|we'll|we need to|we have to|you need to|needs to|"
    r"need to|please|let's|let us|will send|will share|must)\b",
    re.IGNORECASE,
)
FOLLOW_UP = re.compile(
    r"\b(follow[ -]?up|get back to|circle back|touch base|reach out|"
    r"(schedule|set up|book) (a |an |the )?(follow[ -]?up |quick )?(call|meeting|demo|sync))",
    re.IGNORECASE,
)
REQUEST = re.compile(r"\b(could|can|would|will) you( please)?\b", re.IGNORECASE)
TENTATIVE = re.compile(r"\b(maybe|might|perhaps|probably|should|could|i think)\b", re.IGNORECASE)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DUE = re.compile(
    r"\b(\d{4}-\d{2}-\d{2}|today|tonight|tomorrow|next week|end of (the )?(day|week|month|quarter)|"
    r"(next )?(" + "|".join(WEEKDAYS) + r"))\b",
    re.IGNORECASE,
)
MONEY = re.compile(r"\$\d[\d,]*(\.\d+)?( per (month|year|seat|user))?")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b")
PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*")
INTRODUCTION = re.compile(r"\b(?:this is|my name is|i'm|i am)\s+([A-Z][a-z]+)")
VOCATIVE = re.compile(r"^([A-Z][a-z]+)(?:,|\s+(?:you|please|can|could|will|would|needs?))\b")
INTENTS = (
    ("do_not_call", re.compile(r"\b(don't call|do not call|stop calling|remove me from)\b", re.IGNORECASE)),
    ("not_interested", re.compile(r"\bnot interested\b", re.IGNORECASE)),
    ("answering_machine", re.compile(r"\b(leave a message|after the tone|voicemail)\b", re.IGNORECASE)),
    ("interested", re.compile(r"\b(interested|sounds good|let's do it|sign me up)\b", re.IGNORECASE)),
)
THEMES = (
    ("pricing and discounts", ("price", "pricing", "cost", "discount", "plan", "budget", "$")),
    ("contract negotiation", ("contract", "legal", "agreement", "terms", "sign")),
    ("customer onboarding", ("onboarding", "integration", "migration", "kickoff", "workshop")),
    ("product demonstration", ("demo", "dashboard", "reporting", "feature", "roadmap")),
    ("next steps and scheduling", ("schedule", "meeting", "follow", "friday", "tomorrow", "next week")),
)


def stable_id(*parts: object) -> str:
    """A 16-digit numeric id derived from `parts` (same parts, same id)."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).digest()
    return str(10**15 + int.from_bytes(digest[:8], "big") % (9 * 10**15))


def _score(*parts: object, low: float = 0.8, high: float = 0.99) -> float:
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).digest()
    return round(low + (high - low) * digest[0] / 255, 4)


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


# -- small text helpers -------------------------------------------------------------------------


def sentiment(text: str) -> dict[str, Any]:
    words = [w.lower() for w in WORD.findall(text)]
    positive = sum(1 for w in words if w in POSITIVE)
    negative = sum(1 for w in words if w in NEGATIVE)
    if re.search(r"\b(not|no|never|don't|isn't|aren't|won't)\b", text, re.IGNORECASE) and positive:
        positive, negative = negative, positive
    score = 0.0 if not words else max(-1.0, min(1.0, (positive - negative) / math.sqrt(len(words)) * 1.5))
    score = round(score, 3)
    suggested = "positive" if score > 0.3 else "negative" if score < -0.3 else "neutral"
    return {"polarity": {"score": score}, "suggested": suggested}


def action_phrase(text: str) -> str | None:
    """What is to be done: the words after the commitment or request (`I will ...`, `could you ...`)."""
    found = ACTION.search(text) or REQUEST.search(text)
    if found is not None:
        return text[found.end() :].strip(" ,.;:!?") or None
    if FOLLOW_UP.search(text):
        return text.strip(" .!?") or None
    return None


def message_phrases(text: str) -> list[dict[str, str]]:
    phrases = []
    phrase = action_phrase(text)
    if phrase:
        phrases.append({"type": "action_phrase", "text": phrase})
    for money in MONEY.finditer(text):
        phrases.append({"type": "action_phrase", "text": money.group(0)})
    return phrases


def _due_date(text: str, base: datetime) -> tuple[str, int, str] | None:
    try:
        return _due_date_unchecked(text, base)
    except (OverflowError, ValueError):  # a date at the end of the calendar
        return None


def _due_date_unchecked(text: str, base: datetime) -> tuple[str, int, str] | None:
    """(matched text, offset, ISO date) of the first due-date expression, relative to `base`."""
    found = DUE.search(text)
    if found is None:
        return None
    phrase = found.group(0)
    lower = phrase.lower()
    today = base.date()
    due: date
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", lower):
        try:
            due = date.fromisoformat(lower)
        except ValueError:
            return None
    elif lower in ("today", "tonight") or lower.endswith("of the day") or lower.endswith("of day"):
        due = today
    elif lower == "tomorrow":
        due = today + timedelta(days=1)
    elif lower == "next week":
        due = today + timedelta(days=7 - today.weekday())
    elif lower.endswith("week"):
        due = today + timedelta(days=(4 - today.weekday()) % 7)
    elif lower.endswith("month"):
        due = today.replace(day=calendar.monthrange(today.year, today.month)[1])
    elif lower.endswith("quarter"):
        last_month = ((today.month - 1) // 3 + 1) * 3
        due = date(today.year, last_month, calendar.monthrange(today.year, last_month)[1])
    else:
        weekday = WEEKDAYS.index(lower.split()[-1])
        ahead = (weekday - today.weekday()) % 7 or 7
        if lower.startswith("next "):
            ahead += 7 if ahead < 7 else 0
        due = today + timedelta(days=ahead)
    return phrase, found.start(), due.isoformat()


def _first_name(member: Member) -> str:
    return member.name.split()[0] if member.name.split() else member.name


def _mentions(text: str, name: str) -> int:
    if not name:
        return -1
    found = re.search(r"\b" + re.escape(name) + r"\b", text)
    return found.start() if found else -1


# -- questions, action items, follow-ups --------------------------------------------------------


def _insight(view: ConversationView, message: MessageView, kind: str, index: int) -> dict[str, Any]:
    return {
        "id": stable_id(view.conversation.id, kind, message.id, index),
        "text": message.text,
        "type": kind,
        "score": _score(view.conversation.id, kind, message.id),
        "messageIds": [message.id],
        "from": message.member.person(style="insight"),
    }


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


# -- topics --------------------------------------------------------------------------------------


def _candidates(text: str, names: frozenset[str]) -> list[list[str]]:
    """Runs of consecutive content words (stop words, names and short words break a run)."""
    runs: list[list[str]] = [[]]
    for word in WORD.findall(text):
        lower = word.lower().strip("'-")
        if lower in STOPWORDS or lower in names or lower in WEEKDAYS or len(lower) < 4 or lower.endswith("ly"):
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(lower)
    return [r for r in runs if r]


def topics(
    view: ConversationView, *, with_sentiment: bool = False, parent_refs: bool = False, vocabulary: str | None = None
) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    where: dict[str, list[str]] = {}
    position = 0
    names = frozenset(part.lower() for m in view.members for part in m.name.split())
    for message in view.messages:
        for run in _candidates(message.text, names):
            phrases = [" ".join(run[i : i + 2]) for i in range(len(run) - 1)] + list(run)
            for phrase in phrases:
                counts[phrase] = counts.get(phrase, 0) + (2 if " " in phrase else 1)
                first.setdefault(phrase, position)
                refs = where.setdefault(phrase, [])
                if message.id not in refs:
                    refs.append(message.id)
                position += 1
    boosted: set[str] = set()
    if vocabulary and vocabulary.lower() not in ("true", "false"):
        for keyword in (k.strip().lower() for k in vocabulary.split(",")):
            if keyword in counts:
                boosted.add(keyword)
    ranked = sorted(counts, key=lambda p: (p not in boosted, -counts[p], first[p]))
    chosen: list[str] = []
    for phrase in ranked:
        if any(phrase in other.split() or other in phrase.split() for other in chosen if " " in other or " " in phrase):
            continue
        chosen.append(phrase)
        if len(chosen) == 5:
            break
    if not chosen:
        return []
    top = max(counts[p] for p in chosen)
    result = []
    for phrase in chosen:
        topic: dict[str, Any] = {
            "id": stable_id(view.conversation.id, "topic", phrase),
            "text": phrase,
            "type": "topic",
            "score": round(0.5 + 0.49 * counts[phrase] / top, 4),
            "messageIds": where[phrase],
        }
        if with_sentiment:
            texts = " ".join(m.text for m in view.messages if m.id in where[phrase])
            topic["sentiment"] = sentiment(texts)
        if parent_refs:
            topic["parentRefs"] = [] if phrase == chosen[0] else [{"type": "topic", "text": chosen[0]}]
        result.append(topic)
    return result


def abstract_topics(view: ConversationView) -> list[dict[str, Any]]:
    found = []
    for theme, keywords in THEMES:
        ids = [m.id for m in view.messages if any(k in m.text.lower() for k in keywords)]
        if ids:
            found.append(
                {
                    "id": stable_id(view.conversation.id, "abstract", theme),
                    "text": theme,
                    "type": "abstract_topic",
                    "score": round(min(0.99, 0.5 + 0.1 * len(ids)), 4),
                    "messageIds": ids,
                }
            )
    return found


# -- entities and trackers -----------------------------------------------------------------------


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


def entities(view: ConversationView) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str, str], dict[str, list[dict[str, Any]]]] = {}

    def add(kind: str, sub: str, category: str, value: str, message: MessageView, offset: int) -> None:
        values = groups.setdefault((kind, sub, category), {})
        refs = values.setdefault(value, [])
        if all(r["id"] != message.id for r in refs):
            refs.append(_ref(message, offset))

    for entity in view.account_entities:
        for value in entity.get("values") or []:
            if not isinstance(value, str) or not value.strip():
                continue
            for message in view.messages:
                offset = _exact(value, message.text)
                if offset >= 0:
                    matched = message.text[offset : offset + len(value)]
                    add(str(entity.get("type")), str(entity.get("subType", "")), "Custom", matched, message, offset)
    for entity in view.conversation.inline_entities:
        text = entity.get("text")
        if not isinstance(text, str) or not text.strip():
            continue
        value = entity.get("value") if isinstance(entity.get("value"), str) and entity.get("value") else text
        for message in view.messages:
            offset = _exact(text, message.text)
            if offset >= 0:
                add(str(entity.get("customType", "custom")), "", "Custom", str(value), message, offset)
    if view.conversation.detect_entities:
        names = {m.name for m in view.members} | {_first_name(m) for m in view.members}
        for message in view.messages:
            for name in sorted(n for n in names if n and not n.startswith("Speaker")):
                offset = _mentions(message.text, name)
                if offset >= 0:
                    add("person", "name", "Managed", name, message, offset)
            for found in INTRODUCTION.finditer(message.text):
                add("person", "name", "Managed", found.group(1), message, found.start(1))
            due = _due_date(message.text, moment(message.start))
            if due is not None:
                add("date", "date", "Managed", due[0], message, due[1])
            for found in MONEY.finditer(message.text):
                add("money", "amount", "Managed", found.group(0), message, found.start())
            for found in EMAIL.finditer(message.text):
                add("contact_info", "email", "Managed", found.group(0), message, found.start())
    result = []
    for (kind, sub, category), values in groups.items():
        item: dict[str, Any] = {"type": kind, "category": category}
        if sub:
            item["subType"] = sub
        item["matches"] = [{"detectedValue": v, "messageRefs": refs} for v, refs in values.items()]
        result.append(item)
    return result


def _content_words(term: str) -> list[str]:
    return [w.lower() for w in WORD.findall(term) if w.lower() not in STOPWORDS and len(w) > 2]


def trackers(view: ConversationView, insights: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    insights = all_insights(view) if insights is None else insights
    definitions: list[tuple[str, str, list[str], list[str]]] = []
    if view.conversation.all_trackers:
        for tracker in view.account_trackers:
            definitions.append(
                (
                    str(tracker.get("id")),
                    str(tracker.get("name")),
                    [v for v in tracker.get("vocabulary") or [] if isinstance(v, str)],
                    [v for v in tracker.get("excludeVocabulary") or [] if isinstance(v, str)],
                )
            )
    for tracker in view.conversation.inline_trackers:
        name = str(tracker.get("name"))
        vocabulary = [v for v in tracker.get("vocabulary") or [] if isinstance(v, str)]
        definitions.append((stable_id(view.conversation.id, "tracker", name), name, vocabulary, []))
    result = []
    for tracker_id, name, vocabulary, excluded in definitions:
        matches = []
        for term in vocabulary:
            if not term.strip():
                continue
            refs = []
            for message in view.messages:
                if any(_exact(x, message.text) >= 0 for x in excluded if x.strip()):
                    continue
                offset = _exact(term, message.text)
                if offset < 0:
                    words = _content_words(term)
                    lower = message.text.lower()
                    if len(words) < 2 or not all(w[:5] in lower for w in words):
                        continue
                refs.append({"id": message.id, "text": message.text, "offset": offset})
            if refs:
                ids = {r["id"] for r in refs}
                insight_refs = [
                    {"id": i["id"], "type": i["type"], "text": i["text"], "offset": -1}
                    for i in insights
                    if ids & set(i["messageIds"])
                ]
                matches.append({"type": "vocabulary", "value": term, "messageRefs": refs, "insightRefs": insight_refs})
        if matches:
            result.append({"id": tracker_id, "name": name, "matches": matches})
    return result


# -- analytics -----------------------------------------------------------------------------------


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


# -- summary, transcript, call score, intents ---------------------------------------------------


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


def redact(text: str, members: list[Member], exclude: set[str]) -> str:
    """Mask personal data; `exclude` names the entity types to keep (PERSON_NAME, EMAIL_ADDRESS...)."""
    if "EMAIL_ADDRESS" not in exclude:
        text = EMAIL.sub("[EMAIL_ADDRESS]", text)
    if "PHONE_NUMBER" not in exclude:
        text = PHONE.sub("[PHONE_NUMBER]", text)
    if "PERSON_NAME" not in exclude:
        names = {m.name for m in members} | {_first_name(m) for m in members}
        for name in sorted((n for n in names if n and not n.startswith("Speaker")), key=len, reverse=True):
            text = re.sub(r"\b" + re.escape(name) + r"\b", "[PERSON_NAME]", text)
    return text


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
