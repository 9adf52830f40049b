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

from ._documents import analytics, call_score, formatted_transcript, summary
from ._lexicon import message_phrases, redact, sentiment, stable_id
from ._tasks import action_items, all_insights, comprehensive_action_items, follow_ups, intents, questions
from ._topics import abstract_topics, entities, topics, trackers
from ._view import ConversationView, MessageView, words

__all__ = [
    "ConversationView",
    "MessageView",
    "abstract_topics",
    "action_items",
    "all_insights",
    "analytics",
    "call_score",
    "comprehensive_action_items",
    "entities",
    "follow_ups",
    "formatted_transcript",
    "intents",
    "message_phrases",
    "questions",
    "redact",
    "sentiment",
    "stable_id",
    "summary",
    "topics",
    "trackers",
    "words",
]
