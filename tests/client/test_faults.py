"""The client against the real mock with faults before and after the mock acts.

20% of requests fail: 429, 500, 503 or a dropped connection, half of the 5xx and drops after
the mock has stored the submission or the append. The client must never repeat an
ambiguous submission or append (0 duplicate conversations, 0 doubled appends), must say
when an outcome is unknown (`OutcomeUnknownError`), and every other call must succeed.
Checking and completing the unknown ones the way the error message says leaves nothing lost.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest
from starlette.types import ASGIApp

from symbl_api import OutcomeUnknownError, Symbl, models
from symbl_mock import FaultSettings, MockSettings, running_mock
from symbl_mock._faults import FaultInjector

T = TypeVar("T")
FAULTS = FaultSettings(seed=11, rate429=0.05, rate5xx=0.05, rate503=0.05, drop=0.05, after=0.5, retry_after=1)
JOB_SECONDS = 0.02
SUBMISSIONS = 40


def _text(content: str, name: str) -> models.TextProcessRequest:
    return models.TextProcessRequest(
        name=name,
        messages=[
            models.TextMessageInput(
                payload=models.TextMessagePayload(content=content), from_=models.TextMessageSender(name="Ann")
            )
        ],
    )


@pytest.fixture(scope="module")
def faulty_mock() -> Iterator[tuple[str, MockSettings, list[FaultInjector]]]:
    settings = MockSettings.from_env(job_seconds=JOB_SECONDS)
    injectors: list[FaultInjector] = []

    def wrap(app: ASGIApp) -> ASGIApp:
        injectors.append(FaultInjector(app, FAULTS))
        return injectors[-1]

    with running_mock(settings, wrap=wrap) as mock:
        yield mock.url, settings, injectors


def test_no_duplicate_no_doubled_append_no_needless_failure(
    faulty_mock: tuple[str, MockSettings, list[FaultInjector]],
) -> None:
    url, settings, (injector,) = faulty_mock
    unknown: Counter[str] = Counter()
    client = Symbl(
        base_url=url,
        app_id=settings.app_id,
        app_secret=settings.app_secret,
        max_retries=8,
        sleep=lambda seconds: time.sleep(min(seconds, 0.005)),
    )

    def settle() -> None:
        time.sleep(JOB_SECONDS * 5)  # jobs of a lost answer finish, so what they stored is visible

    def conversation_named(name: str) -> str | None:
        found = [c.id for c in client.conversations.iter_list_conversations(page_size=100) if c.name == name]
        assert len(found) <= 1, f"{name} was created {len(found)} times"
        return found[0] if found else None

    def texts(conversation_id: str) -> list[str]:
        return [m.text for m in client.conversation(conversation_id).get_messages().messages]

    def until_done(call: Callable[[], T], already_done: Callable[[], T | None], kind: str) -> T:
        """Call; on an unknown outcome check as the error says, and call again only if it did not happen."""
        while True:
            try:
                return call()
            except OutcomeUnknownError:
                unknown[kind] += 1
                settle()
                done = already_done()
                if done is not None:
                    return done

    def submit(name: str) -> str:
        return until_done(
            lambda: client.process.submit_text(body=_text(f"First words of {name}.", name)).conversation_id,
            lambda: conversation_named(name),
            "submission",
        )

    def append(name: str, conversation_id: str) -> None:
        marker = f"Appended once to {name}."
        until_done(
            lambda: client.process.append_text(conversation_id, body=_text(marker, name)).conversation_id,
            lambda: conversation_id if marker in texts(conversation_id) else None,
            "append",
        )

    with client:
        ids = {name: submit(name) for name in (f"faults-{i}" for i in range(SUBMISSIONS))}
        for name, conversation_id in ids.items():
            append(name, conversation_id)
        settle()
        injector.faults = FaultSettings()  # verify on a healthy server
        names = Counter(c.name for c in client.conversations.iter_list_conversations(page_size=100))
        stored = {name: Counter(texts(cid)) for name, cid in ids.items()}

    injected = injector.injected
    print(f"\nfaults injected: {dict(sorted(injected.items()))}; unknown outcomes resolved: {dict(unknown)}")
    assert sum(injected.values()) > SUBMISSIONS // 2, "the faults did not happen"
    assert any(kind.endswith("after") for kind in injected) and any(kind.endswith("before") for kind in injected)
    assert all(names[f"faults-{i}"] == 1 for i in range(SUBMISSIONS)), "a submission was duplicated or lost"
    for name, counts in stored.items():
        assert counts[f"First words of {name}."] == 1
        assert counts[f"Appended once to {name}."] == 1, f"the append to {name} was doubled or lost"
