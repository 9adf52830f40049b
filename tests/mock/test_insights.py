"""Insights are derived deterministically from the text (and from account trackers and entities)."""

from __future__ import annotations

from typing import Any

from symbl_mock import MockSettings

from .conftest import FakeClock, Session, mp4_bytes, session, wav_bytes

CALL = [
    ("Natalia", "2026-03-02T10:00:00.000Z", "2026-03-02T10:00:05.000Z", "Hi Mike, this is Natalia from Acme."),
    ("Natalia", "2026-03-02T10:00:05.000Z", "2026-03-02T10:00:09.000Z", "How much does it cost per seat?"),
    ("Mike", "2026-03-02T10:00:10.000Z", "2026-03-02T10:00:16.000Z", "The annual plan is $69.99 per month."),
    ("Mike", "2026-03-02T10:00:16.000Z", "2026-03-02T10:00:22.000Z", "I will send you the pricing proposal by Friday."),
    ("Natalia", "2026-03-02T10:00:21.000Z", "2026-03-02T10:00:27.000Z", "Let's schedule a follow up call next week."),
    ("Natalia", "2026-03-02T10:00:28.000Z", "2026-03-02T10:00:33.000Z", "The pricing proposal looks great, thanks!"),
]


def call_body(**options: Any) -> dict[str, Any]:
    return {
        "name": "Pricing call",
        "messages": [
            {
                "payload": {"content": text},
                "from": {"name": who, "userId": f"{who.lower()}@example.com"},
                "duration": {"startTime": start, "endTime": end},
            }
            for who, start, end, text in CALL
        ],
        **options,
    }


async def _submit(s: Session, **options: Any) -> str:
    response = await s.call("submitText", json=call_body(**options))
    assert response.status_code == 201
    return str(response.json()["conversationId"])


async def test_messages_members_and_timings() -> None:
    async with session() as s:
        cid = await _submit(s, detectPhrases=True)
        messages = (await s.call("getMessages", path={"conversationId": cid}, params={"sentiment": "true"})).json()[
            "messages"
        ]
        assert [m["text"] for m in messages] == [text for *_, text in CALL]
        assert messages[0]["startTime"] == "2026-03-02T10:00:00.000Z"
        assert messages[2]["timeOffset"] == 10.0
        assert messages[2]["duration"] == 6.0
        assert messages[3]["phrases"] == [{"type": "action_phrase", "text": "send you the pricing proposal by Friday"}]
        assert messages[5]["sentiment"]["suggested"] == "positive"
        members = (await s.call("getMembers", path={"conversationId": cid})).json()["members"]
        assert [(m["name"], m["email"]) for m in members] == [
            ("Natalia", "natalia@example.com"),
            ("Mike", "mike@example.com"),
        ]
        mike = members[1]["id"]
        renamed = await s.call(
            "updateMember", path={"conversationId": cid, "memberId": mike}, json={"id": mike, "name": "Michael"}
        )
        assert renamed.status_code == 200
        messages = (await s.call("getMessages", path={"conversationId": cid})).json()["messages"]
        assert messages[2]["from"]["name"] == "Michael"


async def test_questions_action_items_and_follow_ups() -> None:
    async with session() as s:
        cid = await _submit(s)
        questions = (await s.call("getQuestions", path={"conversationId": cid})).json()["questions"]
        assert [q["text"] for q in questions] == ["How much does it cost per seat?"]
        assert questions[0]["from"]["name"] == "Natalia"
        items = (await s.call("getActionItems", path={"conversationId": cid})).json()["actionItems"]
        assert [i["text"] for i in items] == ["I will send you the pricing proposal by Friday."]
        item = items[0]
        assert item["assignee"]["name"] == "Mike"
        assert item["dueBy"] == "2026-03-06T17:00:00.000Z"  # the Friday after Monday 2 March 2026
        assert {"type": "date", "text": "Friday", "offset": 40, "value": "2026-03-06"} in item["entities"]
        assert item["definitive"] is True
        follow_ups = (await s.call("getFollowUps", path={"conversationId": cid})).json()["followUps"]
        assert [f["text"] for f in follow_ups] == ["Let's schedule a follow up call next week."]
        assert follow_ups[0]["dueBy"] == "2026-03-09T17:00:00.000Z"
        combined = (await s.call("getInsights", path={"conversationId": cid})).json()["insights"]
        assert [i["type"] for i in combined] == ["question", "action_item", "follow_up"]
        again = (await s.call("getActionItems", path={"conversationId": cid})).json()["actionItems"]
        assert again == items  # deterministic, ids included


async def test_topics_entities_and_trackers() -> None:
    async with session() as s:
        tracker = await s.call(
            "createTracker", json={"name": "Pricing", "vocabulary": ["how much does it cost", "annual plan"]}
        )
        assert tracker.status_code == 201
        entity = await s.call(
            "createEntity", json={"type": "Company", "subType": "Vendor", "category": "Custom", "values": ["Acme"]}
        )
        assert entity.status_code == 201
        cid = await _submit(
            s,
            detectEntities=True,
            trackers=[{"name": "NextSteps", "vocabulary": ["follow up call"]}],
            entities=[{"customType": "Product", "text": "pricing proposal"}],
        )
        topics = (await s.call("getTopics", path={"conversationId": cid}, params={"parentRefs": "true"})).json()[
            "topics"
        ]
        assert topics[0]["text"] == "pricing proposal"
        assert topics[0]["parentRefs"] == []
        assert topics[1]["parentRefs"] == [{"type": "topic", "text": "pricing proposal"}]
        found = (await s.call("getEntities", path={"conversationId": cid})).json()["entities"]
        by_type = {(e["type"], e.get("subType")): e for e in found}
        assert by_type[("Company", "Vendor")]["category"] == "Custom"
        assert by_type[("Company", "Vendor")]["matches"][0]["detectedValue"] == "Acme"
        assert by_type[("Product", None)]["matches"][0]["detectedValue"] == "pricing proposal"
        assert {m["detectedValue"] for m in by_type[("person", "name")]["matches"]} >= {"Mike", "Natalia"}
        assert by_type[("money", "amount")]["matches"][0]["detectedValue"] == "$69.99 per month"
        trackers = (await s.call("getTrackers", path={"conversationId": cid})).json()
        names = {t["name"]: t for t in trackers}
        assert set(names) == {"Pricing", "NextSteps"}
        pricing = names["Pricing"]
        assert pricing["id"] == tracker.json()["tracker"]["id"]
        exact = next(m for m in pricing["matches"] if m["value"] == "how much does it cost")
        assert exact["messageRefs"][0]["offset"] == 0
        assert exact["insightRefs"][0]["type"] == "question"
        alias = (await s.call("getTrackersDetected", path={"conversationId": cid})).json()
        assert alias == trackers
        off = await _submit(s, enableAllTrackers=False)
        assert (await s.call("getTrackers", path={"conversationId": off})).json() == []


async def test_analytics_summary_transcripts_and_call_score() -> None:
    async with session() as s:
        cid = await _submit(s, features={"featureList": ["insights", "callScore"]})
        analytics = (await s.call("getAnalytics", path={"conversationId": cid})).json()
        metrics = {m["type"]: m for m in analytics["metrics"]}
        assert metrics["total_talk_time"]["seconds"] == 31.0
        assert metrics["total_silence"]["seconds"] == 2.0
        assert metrics["total_overlap"]["seconds"] == 1.0
        natalia = next(m for m in analytics["members"] if m["name"] == "Natalia")
        assert natalia["talkTime"]["seconds"] == 20.0
        assert natalia["overlap"]["overlappingMembers"][0]["name"] == "Mike"
        summary = (await s.call("getSummary", path={"conversationId": cid})).json()["summary"]
        assert summary[0]["text"].startswith("The conversation covered pricing proposal")
        assert "Mike will send you the pricing proposal by Friday." in [i["text"] for i in summary]
        markdown = await s.call(
            "getFormattedTranscript",
            path={"conversationId": cid},
            json={
                "contentType": "text/markdown",
                "showSpeakerSeparation": True,
                "createParagraphs": True,
                "phrases": {"highlightOnlyInsightKeyPhrases": True},
            },
        )
        payload = markdown.json()["transcript"]["payload"]
        assert payload.startswith(
            "Natalia: Hi Mike, this is Natalia from Acme. How much does it cost per seat?<br/><br/>Mike:"
        )
        assert "<mark>send you the pricing proposal by Friday</mark>" in payload
        srt = await s.call("getFormattedTranscript", path={"conversationId": cid}, json={"contentType": "text/srt"})
        assert srt.json()["transcript"]["payload"].startswith(
            "1\n00:00:00,000 --> 00:00:05,000\nHi Mike, this is Natalia from Acme.\n"
        )
        score = (await s.call("getCallScore", path={"conversationId": cid})).json()
        assert 0 <= score["score"] <= 100
        assert [c["name"] for c in score["criteria"]] == [
            "Communication and Engagement",
            "Question Handling",
            "Forward Motion",
            "Sales Process",
        ]
        assert (await s.call("getCallScoreStatus", path={"conversationId": cid})).json()["status"] == "completed"
        plain = await _submit(s)
        assert (await s.call("getCallScore", path={"conversationId": plain})).status_code == 404


async def test_bookmarks_and_their_summaries() -> None:
    async with session() as s:
        cid = await _submit(s)
        created = await s.call(
            "createBookmark",
            path={"conversationId": cid},
            json={"label": "Pricing", "beginTimeOffset": 9, "duration": 14},
        )
        assert created.status_code == 201
        bookmark = created.json()["id"]
        summary = (await s.call("getBookmarkSummary", path={"conversationId": cid, "bookmarkId": bookmark})).json()
        assert summary["summary"]
        refs = {r["id"] for item in summary["summary"] for r in item["messageRefs"]}
        messages = (await s.call("getMessages", path={"conversationId": cid})).json()["messages"]
        assert refs <= {m["id"] for m in messages[2:5]}
        replaced = await s.call(
            "updateBookmark",
            path={"conversationId": cid, "bookmarkId": bookmark},
            json={"label": "Only label", "messageRefs": [{"id": messages[0]["id"]}]},
        )
        assert replaced.json() == {"id": bookmark, "label": "Only label", "messageRefs": [{"id": messages[0]["id"]}]}
        every = (await s.call("getBookmarksSummary", path={"conversationId": cid})).json()["bookmarksSummary"]
        assert [e["bookmarkId"] for e in every] == [bookmark]
        assert (await s.call("deleteBookmark", path={"conversationId": cid, "bookmarkId": bookmark})).status_code == 204
        gone = await s.call("getBookmark", path={"conversationId": cid, "bookmarkId": bookmark})
        assert gone.status_code == 404


async def test_audio_and_video_get_a_deterministic_transcript(clock: FakeClock) -> None:
    async with session(MockSettings(job_seconds=0, clock=clock)) as s:

        async def upload(kind: str, data: bytes, media: str, **params: Any) -> list[dict[str, Any]]:
            response = await s.client.post(
                f"/v1/process/{kind}", headers={**s.auth, "Content-Type": media}, content=data, params=params
            )
            assert response.status_code == 201, response.text
            cid = response.json()["conversationId"]
            return list((await s.call("getMessages", path={"conversationId": cid})).json()["messages"])

        wav = await upload(
            "audio", wav_bytes(60), "audio/wav", enableSpeakerDiarization="true", diarizationSpeakerCount="3"
        )
        again = await upload(
            "audio", wav_bytes(60), "audio/wav", enableSpeakerDiarization="true", diarizationSpeakerCount="3"
        )
        assert [m["text"] for m in wav] == [m["text"] for m in again]
        assert len(wav) == 10  # one sentence per 6 s of audio
        assert wav[-1]["timeOffset"] == 54.0
        assert {m["from"]["name"] for m in wav} <= {"Speaker 1", "Speaker 2", "Speaker 3"}
        video = await upload("video", mp4_bytes(120), "video/mp4")
        assert len(video) == 20
        assert {m["from"]["name"] for m in video} == {"Speaker 1"}
        by_url = await s.call("submitAudioUrl", json={"url": "https://example.com/call.wav"})
        messages = (await s.call("getMessages", path={"conversationId": by_url.json()["conversationId"]})).json()
        assert messages["messages"]
