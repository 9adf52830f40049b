"""Workload data: conversations submitted to the mock, and a large realistic transcript."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from ._common import TOKEN_BODY, helper_process

# Questions, commitments, requests, follow-ups, money and dates: every insight has something to find.
SCRIPT = (
    "Good morning everyone, thanks for joining the pricing review.",
    "What is the price of the enterprise plan for two hundred seats?",
    "The list price is 45 dollars per seat per month with annual billing.",
    "I will send the revised proposal to Dana by Friday.",
    "Could you check whether the discount applies to the support add-on?",
    "We need to schedule a call with the legal team next week.",
    "The onboarding timeline looks tight but doable if we start in March.",
    "Please follow up with procurement about the purchase order.",
    "Can we include the analytics dashboard in the pilot?",
    "Our customers love the transcription accuracy and the summaries.",
    "I am worried that the integration with the CRM is not ready.",
    "Let's review the security questionnaire tomorrow morning.",
)
SPEAKERS = (
    {"name": "Dana Smith", "userId": "dana@example.com"},
    {"name": "Lee Chen", "userId": "lee@example.com"},
    {"name": "Sam Patel", "userId": "sam@example.com"},
)


def conversation_body(index: int, messages: int) -> dict[str, Any]:
    return {
        "name": f"Pricing review {index}",
        "messages": [
            {"payload": {"content": SCRIPT[(index + i) % len(SCRIPT)]}, "from": SPEAKERS[(index + i) % len(SPEAKERS)]}
            for i in range(messages)
        ],
    }


def fetch_token(url: str) -> str:
    response = httpx.post(f"{url}/oauth2/token:generate", json=TOKEN_BODY)
    response.raise_for_status()
    return str(response.json()["accessToken"])


async def _seed(url: str, count: int, messages: int, concurrency: int) -> list[str]:
    limit = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=60) as client:
        token = (await client.post("/oauth2/token:generate", json=TOKEN_BODY)).json()["accessToken"]
        headers = {"Authorization": f"Bearer {token}"}

        async def one(index: int) -> str:
            async with limit:
                response = await client.post(
                    "/v1/process/text", json=conversation_body(index, messages), headers=headers
                )
                response.raise_for_status()
                return str(response.json()["conversationId"])

        return list(await asyncio.gather(*(one(i) for i in range(count))))


def seed_conversations(url: str, count: int, messages: int, concurrency: int = 8) -> list[str]:
    """Submit `count` text conversations of `messages` messages; their ids (the mock runs jobs of 0 s)."""
    return asyncio.run(_seed(url, count, messages, concurrency))


# -- the large transcript --------------------------------------------------------------------

SENTENCE = (
    "we need to review the proposal pricing before friday and send the final numbers to the legal team "
    "so that procurement can approve the purchase order for two hundred seats next week"
)
WORDS = tuple(SENTENCE.split())
MEMBERS = tuple(
    {"id": f"2f1e0c7a-9b4d-4e2f-8a1b-{i:012d}", "name": name, "email": f"{name.split()[0].lower()}@example.com"}
    for i, name in enumerate(("Dana Smith", "Lee Chen", "Sam Patel", "Alex Kim"))
)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def transcript_bytes(messages: int = 10_000, words_per_message: int = 12) -> bytes:
    """A `getMessages?verbose=true&sentiment=true` answer: words, speaker, phrases, sentiment."""
    start = datetime(2026, 3, 2, 15, 0, 0, tzinfo=UTC)
    out = []
    offset = 0.0
    for index in range(messages):
        tokens = [WORDS[(index * 7 + k) % len(WORDS)] for k in range(words_per_message)]
        text = " ".join(tokens).capitalize() + "."
        words = []
        cursor = offset
        for k, token in enumerate(tokens):
            span = round(0.2 + len(token) * 0.04, 2)
            words.append(
                {
                    "word": token,
                    "startTime": _iso(start + timedelta(seconds=cursor)),
                    "endTime": _iso(start + timedelta(seconds=cursor + span)),
                    "score": round(0.75 + ((index * 31 + k * 17) % 25) / 100, 2),
                    "timeOffset": round(cursor, 2),
                    "duration": span,
                }
            )
            cursor += span
        polarity = round(((index * 13) % 200 - 100) / 100, 3)
        out.append(
            {
                "id": str(5_000_000_000_000_000 + index * 7919),
                "text": text,
                "from": MEMBERS[index % len(MEMBERS)],
                "startTime": _iso(start + timedelta(seconds=offset)),
                "endTime": _iso(start + timedelta(seconds=cursor)),
                "timeOffset": round(offset, 2),
                "duration": round(cursor - offset, 2),
                "conversationId": "5815170693595136",
                "phrases": [{"type": "action_phrase", "text": " ".join(tokens[2:6])}],
                "sentiment": {
                    "polarity": {"score": polarity},
                    "suggested": "positive" if polarity > 0.3 else "negative" if polarity < -0.3 else "neutral",
                },
                "words": words,
            }
        )
        offset = cursor + 0.3
    return json.dumps({"messages": out}, separators=(",", ":")).encode()


# -- a mock in its own process, seeded ---------------------------------------------------------


@dataclass
class ServedMock:
    """A mock served by `_mockserver` in another process, with conversations to read."""

    url: str
    token: str
    conversations: list[str]

    def stats(self, reset: bool = False) -> dict[int, int]:
        response = httpx.request("POST" if reset else "GET", f"{self.url}/__bench/{'reset' if reset else 'stats'}")
        response.raise_for_status()
        return {int(k): int(v) for k, v in response.json().items()}


@contextlib.contextmanager
def served_mock(
    *, listed: int = 0, with_content: int = 1, messages: int = 12, latency: float = 0.0
) -> Iterator[ServedMock]:
    """The mock in its own process: `listed` bare conversations seeded into its storage, then
    `with_content` conversations of `messages` messages submitted over HTTP (jobs take 0 s)."""
    args = ["--conversations", str(listed), "--latency", str(latency), "--job-seconds", "0"]
    with helper_process("tests.bench._mockserver", *args) as (_proc, url):
        ids = seed_conversations(url, with_content, messages, concurrency=16)
        served = ServedMock(url=url, token=fetch_token(url), conversations=ids)
        served.stats(reset=True)
        yield served
