"""End-to-end on the embedded mock: submit text, wait for the job, page through conversations,
print the insights, then stream a recording and print live captions and insights. `make demo` runs it; `--base-url` points it at a mock you started yourself.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

from symbl_api import Symbl, models, print_progress
from symbl_api.streaming import InsightResponseEvent, RecognitionResultEvent, TopicResponseEvent

CALL = Path(__file__).with_name("call.wav")

MEETING = [
    ("Natalia", "natalia@example.com", "Hi Mike, thanks for joining the pricing review today."),
    ("Mike", "mike@example.com", "Happy to. What is the price of the enterprise plan?"),
    ("Natalia", "natalia@example.com", "It is $69.99 per month per seat. I will send you the proposal by Friday."),
    ("Mike", "mike@example.com", "Great. We need to review the contract with our legal team."),
    ("Natalia", "natalia@example.com", "Let's follow up next week on the onboarding timeline."),
]


@contextlib.contextmanager
def connect(base_url: str | None, port: int) -> Iterator[Symbl]:
    """A client for `base_url`, or for an embedded mock started (and stopped) here."""
    if base_url:
        with Symbl(base_url=base_url) as client:
            yield client
        return
    from symbl_mock import running_mock

    # The mock accepts the same SYMBL_APP_ID / SYMBL_APP_SECRET the client reads (or its defaults).
    with running_mock(port=port) as mock:
        print(f"mock Symbl API listening on {mock.url}", file=sys.stderr)
        with Symbl(base_url=mock.url, app_id=mock.settings.app_id, app_secret=mock.settings.app_secret) as client:
            yield client


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="port for the embedded mock (0: any free port)")
    parser.add_argument("--base-url", help="use an already running server instead of starting the mock")
    args = parser.parse_args(argv)
    with connect(args.base_url, args.port) as client:
        body = models.TextProcessRequest(
            name="Pricing review",
            messages=[
                models.TextMessageInput(
                    payload=models.TextMessagePayload(content=text),
                    from_=models.TextMessageSender(name=name, user_id=email),
                )
                for name, email, text in MEETING
            ],
        )
        job = client.process.submit_text(body=body)
        print(f"submitted: conversation {job.conversation_id}, job {job.job_id}")
        conversation = client.job(job.job_id, job.conversation_id, on_status=print_progress).result(timeout=120)

        print("\nconversations (paged):")
        for item in client.conversations.iter_list_conversations(page_size=10, max_items=50):
            print(f"  {item.id}  {item.name}")

        print("\ntranscript:")
        for message in conversation.get_messages().messages:
            speaker = message.from_.name if message.from_ else "?"
            print(f"  [{speaker}] {message.text}")
        print("\ntopics:    ", ", ".join(t.text for t in conversation.get_topics().topics))
        print("questions: ", "; ".join(q.text for q in conversation.get_questions().questions))
        print("actions:   ", "; ".join(a.text for a in conversation.get_action_items().action_items))
        print("follow-ups:", "; ".join(f.text for f in conversation.get_follow_ups().follow_ups))
        summary = conversation.get_summary().summary
        print("summary:   ", " ".join(s.text for s in summary))
        stream_call(client)
    return 0


def stream_call(client: Symbl) -> None:
    """The real-time half: stream a recording, print captions and insights as they arrive."""
    print("\nstreaming examples/call.wav:")
    config = {"insightTypes": ["question", "action_item", "follow_up", "topic"], "config": {"meetingTitle": "Call"}}
    with client.streaming.connect(config) as stream:
        stream.send_audio(CALL, background=True, finish=True)
        for event in stream:
            if isinstance(event, RecognitionResultEvent) and event.is_final:
                print(f"  live: {event.transcript}")
            elif isinstance(event, InsightResponseEvent):
                print("  insights:", "; ".join(f"{i.type_.value}: {i.text or ''}" for i in event.insights))
            elif isinstance(event, TopicResponseEvent):
                print("  topics:", ", ".join(t.phrases for t in event.topics))
        conversation = stream.stop()
    messages = conversation.get_messages().messages
    print(f"  conversation {conversation.conversation_id}: {len(messages)} message(s) over REST")


if __name__ == "__main__":
    sys.exit(main())
