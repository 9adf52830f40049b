"""Server frames in the spec's shapes, built from the REST insight engine's answers.

After each final sentence the conversation's view is rebuilt and run through the same
functions that answer `GET /v1/conversations/{id}/questions`, `/topics`, `/trackers` and
`/entities`; what was not sent before goes out as `insight_response`, `topic_response`,
`tracker_response` and `entity_response`. Message ids are the ones REST returns later.
"""

from __future__ import annotations

from typing import Any

from .. import _insights as engine
from .._insights import ConversationView, MessageView
from .._storage import iso
from ._recognizer import Recognised


def envelope(event: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    message: dict[str, Any] = {"type": event}
    if data is not None:
        message["data"] = data
    return {"type": "message", "message": message}


def error_frame(message: str, code: int) -> dict[str, Any]:
    return envelope("error", {"message": message, "code": code})


def _offset(seconds: float) -> dict[str, str]:
    whole = int(seconds)
    return {"seconds": str(whole), "nanos": str(round((seconds - whole) * 1e9))}


def recognition_frame(result: Recognised, user: dict[str, Any] | None) -> dict[str, Any]:
    span = (result.end - result.start) / max(1, len(result.words))
    words = [
        {"word": w, "startTime": _offset(result.start + i * span), "endTime": _offset(result.start + (i + 1) * span)}
        for i, w in enumerate(result.words)
    ]
    confidence = 0.92 if result.final else 0.7
    text = result.text[:1].upper() + result.text[1:]
    message: dict[str, Any] = {
        "type": "recognition_result",
        "isFinal": result.final,
        "payload": {"raw": {"alternatives": [{"transcript": result.text, "confidence": confidence, "words": words}]}},
        "punctuated": {"transcript": text},
    }
    if user:
        message["user"] = user
    return {"type": "message", "message": message, "timeOffset": round(result.start, 3)}


def _message(view_message: MessageView) -> dict[str, Any]:
    return {
        "id": view_message.id,
        "from": view_message.member.person(),
        "payload": {"content": view_message.text, "contentType": "text/plain"},
        "duration": {
            "startTime": iso(view_message.start),
            "endTime": iso(view_message.end),
            "timeOffset": view_message.offset,
            "duration": round(view_message.duration, 3),
        },
    }


def _insight(item: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": item["id"],
        "type": item["type"],
        "text": item["text"],
        "payload": {"content": item["text"], "contentType": "text/plain"},
        "confidence": item["score"],
        "hints": [],
        "tags": [],
        "from": item["from"],
        "messageReference": {"id": item["messageIds"][0]},
    }
    if "assignee" in item:
        out["assignee"] = item["assignee"]
    return out


def _topic(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": item["id"],
        "phrases": item["text"],
        "type": "topic",
        "score": item["score"],
        "messageReferences": [{"id": i} for i in item["messageIds"]],
        "rootWords": [{"text": item["text"].split()[-1]}],
    }


class ResultFeed:
    """What one conversation's clients were already told, so each response carries only news."""

    def __init__(self, insight_types: list[str], detect_entities: bool) -> None:
        self.insight_types = set(insight_types)
        self.detect_entities = detect_entities
        self.sent: set[str] = set()
        self.sequence = 0

    def _news(self, key: str) -> bool:
        if key in self.sent:
            return False
        self.sent.add(key)
        return True

    def _next_sequence(self) -> int:
        self.sequence += 1
        return self.sequence - 1

    def after_final(self, view: ConversationView, message_id: str) -> list[dict[str, Any]]:
        """message_response for the new message, then whatever insights it brought."""
        frames: list[dict[str, Any]] = []
        new = [m for m in view.messages if m.id == message_id]
        frames.append(
            {
                "type": "message_response",
                "messages": [_message(m) for m in new],
                "sequenceNumber": self._next_sequence(),
            }
        )
        found = engine.all_insights(view)
        wanted = [i for i in found if i["type"] in self.insight_types and self._news(f"insight:{i['id']}")]
        if wanted:
            frames.append(
                {
                    "type": "insight_response",
                    "insights": [_insight(i) for i in wanted],
                    "sequenceNumber": self._next_sequence(),
                }
            )
        if "topic" in self.insight_types:
            topics = [t for t in engine.topics(view) if self._news(f"topic:{t['id']}")]
            if topics:
                frames.append({"type": "topic_response", "topics": [_topic(t) for t in topics]})
        trackers = []
        for tracker in engine.trackers(view, found):
            matches = [
                match
                for match in tracker["matches"]
                if any(ref["id"] == message_id for ref in match["messageRefs"])
                and self._news(f"tracker:{tracker['id']}:{match['value']}:{message_id}")
            ]
            if matches:
                trackers.append({"id": tracker["id"], "name": tracker["name"], "matches": matches})
        if trackers:
            frames.append(
                {
                    "type": "tracker_response",
                    "isFinal": True,
                    "trackers": trackers,
                    "sequenceNumber": self._next_sequence(),
                }
            )
        if self.detect_entities:
            entities = []
            for entity in engine.entities(view):
                matches = [
                    {
                        "detectedValue": match["detectedValue"],
                        "messageRefs": [r for r in match["messageRefs"] if r["id"] == message_id],
                    }
                    for match in entity["matches"]
                    if any(r["id"] == message_id for r in match["messageRefs"])
                ]
                if matches:
                    entities.append({**entity, "matches": matches})
            if entities:
                frames.append({"type": "entity_response", "entities": entities})
        return frames
