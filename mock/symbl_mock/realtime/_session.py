"""One streaming conversation, whatever sockets carry it: sans-IO, frames in, frames out.

A session is keyed by `connectionId` and outlives its sockets, so a client that reconnects with
the same id (and sends `start_request` again) continues the same conversation. The
conversation lives in the mock's state like any other: its messages are stored under a job
that completes at `stop_request`, so REST shows them, with the same ids, from then on.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from .._conversations import build_view, ingest_recognised, member_for
from .._media import RecognisedSentence
from .._storage import Conversation, Job, as_dict, as_str
from ._recognizer import Recognised, Recognizer
from ._results import ResultFeed, envelope, recognition_frame

if TYPE_CHECKING:
    from .._app import MockCore

Frame = dict[str, Any]


class StreamSession:
    def __init__(self, core: MockCore, app_id: str, connection_id: str) -> None:
        self.core = core
        self.app_id = app_id
        self.connection_id = connection_id
        self.conversation_id: str | None = None
        self.job_id: str | None = None
        self.recognizer = Recognizer()
        self.feed = ResultFeed([], False)
        self.speaker: dict[str, Any] | None = None
        self.disconnect_on_stop = True
        self.stopped = False
        self._last_end = 0.0

    def _lifecycle(self, event: str) -> Frame:
        return envelope(event, {"conversationId": self.conversation_id or ""})

    def start(self, frame: Frame) -> list[Frame]:
        config = as_dict(frame.get("config"))
        self.disconnect_on_stop = frame.get("disconnectOnStopRequest", True) is not False
        self.speaker = frame.get("speaker") if isinstance(frame.get("speaker"), dict) else None
        now = self.core.settings.clock()
        with self.core.storage.transaction(self.app_id) as state:
            if self.conversation_id is None or self.stopped:
                cid = state.numeric_id()
                name = as_str(config.get("meetingTitle"), cid)
                conversation = Conversation(id=cid, name=name, created_at=now, start_time=now, source="streaming")
                trackers = as_dict(config.get("trackers"))
                if "enableAllTrackers" in trackers:
                    conversation.all_trackers = bool(trackers["enableAllTrackers"])
                conversation.inline_trackers = [t for t in frame.get("trackers") or [] if isinstance(t, dict)]
                conversation.detect_entities = bool(config.get("detectEntities"))
                state.conversations[cid] = conversation
                job = Job(state.uuid(), cid, "streaming", submitted_at=now, start_at=now, end_at=math.inf)
                state.jobs[job.id] = job
                conversation.job_ids.append(job.id)
                self.conversation_id, self.job_id, self.stopped = cid, job.id, False
                self.recognizer, self.feed, self._last_end = Recognizer(), ResultFeed([], False), 0.0
            conversation = state.conversations[self.conversation_id]
            self.feed.insight_types = {str(t) for t in frame.get("insightTypes") or []}
            self.feed.detect_entities = conversation.detect_entities
            if self.speaker:
                member_for(conversation, self.speaker, "Speaker 1")
        self.modify(config)
        return [
            self._lifecycle("started_listening"),
            self._lifecycle("conversation_created"),
            self._lifecycle("recognition_started"),
        ]

    def modify(self, frame: Frame) -> list[Frame]:
        recognition = as_dict(frame.get("speechRecognition"))
        self.recognizer.set_format(
            as_str(recognition.get("encoding"), "LINEAR16"), int(recognition.get("sampleRateHertz") or 16000)
        )
        return [self._lifecycle("session_modified")]

    def bookmark(self, frame: Frame) -> list[Frame]:
        out = {k: v for k, v in frame.items() if k != "type"}
        if "id" not in out:
            with self.core.storage.transaction(self.app_id) as state:
                out["id"] = state.uuid()
        return [{"type": "bookmark_response", **out}]

    def audio(self, data: bytes) -> list[Frame]:
        frames: list[Frame] = []
        for result in self.recognizer.feed(data):
            frames.extend(self._result(result))
        return frames

    def _result(self, result: Recognised) -> list[Frame]:
        frames = [recognition_frame(result, self.speaker)]
        if result.final and result.words:
            frames.extend(self._store(result))
        return frames

    def _store(self, result: Recognised) -> list[Frame]:
        assert self.conversation_id is not None and self.job_id is not None
        with self.core.storage.transaction(self.app_id) as state:
            conversation = state.conversations.get(self.conversation_id)
            if conversation is None:  # deleted over REST meanwhile
                return []
            before = {m.id for m in conversation.messages}
            text = result.text[:1].upper() + result.text[1:]
            if text[-1] not in ".?!":
                text += "?" if result.words[0].lower() in _QUESTION_WORDS else "."
            sentence = RecognisedSentence(text, max(0.0, result.start - self._last_end), result.end - result.start, 0)
            self._last_end = result.end
            ingest_recognised(state, conversation, [sentence], [self.speaker or {"name": "Speaker 1"}], self.job_id)
            new_id = next(m.id for m in conversation.messages if m.id not in before)
            view = build_view(
                conversation,
                {self.job_id},
                account_trackers=self.core.account_items(state, "trackers"),
                account_entities=self.core.account_items(state, "entities"),
            )
            return self.feed.after_final(view, new_id)

    def stop(self) -> list[Frame]:
        frames: list[Frame] = []
        tail = self.recognizer.flush()
        if tail is not None:
            frames.extend(self._result(tail))
        now = self.core.settings.clock()
        with self.core.storage.transaction(self.app_id) as state:
            job = state.jobs.get(self.job_id or "")
            if job is not None:
                job.end_at = now
        self.stopped = True
        frames.append(self._lifecycle("recognition_stopped"))
        frames.append(self._lifecycle("conversation_completed"))
        return frames


# The script's sentences carry their punctuation already; a flushed partial sentence gets it here.
_QUESTION_WORDS = frozenset({"how", "what", "could", "does", "is", "can", "why", "when", "where", "who"})
