"""The word lists and patterns the insight rules read, and the rules on single sentences:
sentiment, action phrases, due dates, redaction."""

from __future__ import annotations

import calendar
import hashlib
import math
import re
from datetime import date, datetime, timedelta
from typing import Any

from .._storage import Member


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


def _first_name(member: Member) -> str:
    return member.name.split()[0] if member.name.split() else member.name
