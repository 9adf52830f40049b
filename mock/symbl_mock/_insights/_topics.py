"""Topics, abstract topics, entities and trackers."""

from __future__ import annotations

from typing import Any

from .._storage import moment
from ._lexicon import (
    EMAIL,
    INTRODUCTION,
    MONEY,
    STOPWORDS,
    THEMES,
    WEEKDAYS,
    WORD,
    _due_date,
    _first_name,
    sentiment,
    stable_id,
)
from ._tasks import (
    all_insights,
)
from ._view import ConversationView, MessageView, _exact, _mentions, _ref


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
