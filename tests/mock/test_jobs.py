"""Job lifecycle on an injected clock, append ordering, failure triggers, conversation paging."""

from __future__ import annotations

from symbl_mock import MockSettings

from .conftest import FakeClock, session, text_body


async def test_job_goes_scheduled_in_progress_completed_on_the_clock(clock: FakeClock) -> None:
    async with session(MockSettings(job_seconds=10, clock=clock)) as s:
        submitted = await s.call("submitText", json=text_body("Hello.", "We need to ship it by Friday."))
        assert submitted.status_code == 201
        job = submitted.json()["jobId"]
        statuses = []
        for step in (0, 1, 2, 5, 1.9, 0.1, 100):
            clock.advance(step)
            statuses.append((await s.call("getJobStatus", path={"jobId": job})).json()["status"])
        assert statuses == [
            "scheduled",
            "scheduled",
            "in_progress",
            "in_progress",
            "in_progress",
            "completed",
            "completed",
        ]


async def test_insights_wait_for_the_job(clock: FakeClock) -> None:
    async with session(MockSettings(job_seconds=4, clock=clock)) as s:
        cid = (await s.call("submitText", json=text_body("Hello there. Can you send the deck?"))).json()[
            "conversationId"
        ]
        assert (await s.call("getConversation", path={"conversationId": cid})).status_code == 200
        assert (await s.call("getMessages", path={"conversationId": cid})).json()["messages"] == []
        summary = await s.call("getSummary", path={"conversationId": cid})
        assert summary.status_code == 404
        assert "still running" in summary.json()["message"]
        clock.advance(4)
        assert len((await s.call("getMessages", path={"conversationId": cid})).json()["messages"]) == 2
        assert (await s.call("getSummary", path={"conversationId": cid})).status_code == 200


async def test_appends_run_one_after_another_in_submission_order(clock: FakeClock) -> None:
    async with session(MockSettings(job_seconds=2, clock=clock)) as s:
        first = await s.call("submitText", json=text_body("Message zero."))
        cid = first.json()["conversationId"]
        jobs = [first.json()["jobId"]]
        for index in range(1, 4):
            appended = await s.call("appendText", path={"conversationId": cid}, json=text_body(f"Message {index}."))
            assert appended.status_code == 201
            assert appended.json()["conversationId"] == cid
            jobs.append(appended.json()["jobId"])
        clock.advance(4.5)  # the first two jobs are done, the third runs, the fourth waits
        statuses = [(await s.call("getJobStatus", path={"jobId": j})).json()["status"] for j in jobs]
        assert statuses == ["completed", "completed", "in_progress", "scheduled"]
        texts = [m["text"] for m in (await s.call("getMessages", path={"conversationId": cid})).json()["messages"]]
        assert texts == ["Message zero.", "Message 1."]
        clock.advance(10)
        texts = [m["text"] for m in (await s.call("getMessages", path={"conversationId": cid})).json()["messages"]]
        assert texts == ["Message zero.", "Message 1.", "Message 2.", "Message 3."]


async def test_append_to_unknown_conversation_is_404() -> None:
    async with session() as s:
        response = await s.call("appendText", path={"conversationId": "123"}, json=text_body("Hi."))
        assert response.status_code == 404


async def test_documented_failure_triggers(clock: FakeClock) -> None:
    async with session(MockSettings(job_seconds=1, clock=clock)) as s:
        text = await s.call("submitText", json=text_body("Please FAIL_JOB now."))
        url = await s.call("submitAudioUrl", json={"url": "https://example.com/will-fail.wav"})
        audio = await s.client.post(
            "/v1/process/audio", headers={**s.auth, "Content-Type": "audio/wav"}, content=b"RIFF....FAIL_JOB"
        )
        good = await s.call("submitVideoUrl", json={"url": "https://example.com/demo.mp4"})
        clock.advance(5)
        for response, expected in ((text, "failed"), (url, "failed"), (audio, "failed"), (good, "completed")):
            job = response.json()["jobId"]
            assert (await s.call("getJobStatus", path={"jobId": job})).json()["status"] == expected
        failed = text.json()["conversationId"]
        assert (await s.call("getMessages", path={"conversationId": failed})).json()["messages"] == []


async def test_list_conversations_window_paging_sorting_and_filter(clock: FakeClock) -> None:
    async with session(MockSettings(job_seconds=0, clock=clock, token_seconds=30 * 86400)) as s:
        ids = []
        for index, name in enumerate(["Charlie", "Alpha", "Bravo"]):
            created = await s.call("submitText", json=text_body("Hi.", name=name))
            ids.append(created.json()["conversationId"])
            await s.call(
                "updateConversation",
                path={"conversationId": ids[-1]},
                json={"metadata": {"agentId": "johndoe" if index < 2 else "janedoe"}},
            )
            clock.advance(60)
        listed = (await s.call("listConversations")).json()["conversations"]
        assert [c["id"] for c in listed] == ids
        page = (await s.call("listConversations", params={"offset": 1, "limit": 1, "order": "desc"})).json()
        assert [c["id"] for c in page["conversations"]] == [ids[1]]
        by_name = (await s.call("listConversations", params={"sort": "conversation.name"})).json()["conversations"]
        assert [c["name"] for c in by_name] == ["Alpha", "Bravo", "Charlie"]
        filtered = await s.call("listConversations", params={"filter": "conversation.metadata.agentId==johndoe"})
        assert [c["id"] for c in filtered.json()["conversations"]] == ids[:2]
        both = await s.call(
            "listConversations", params={"filter": "conversation.metadata.agentId==johndoe;conversation.name==Alpha"}
        )
        assert [c["id"] for c in both.json()["conversations"]] == [ids[1]]
        window = await s.call(
            "listConversations", params={"startTime": "2020-01-01T00:00:00Z", "endTime": "2020-02-01T00:00:00Z"}
        )
        assert window.json()["conversations"] == []
        clock.advance(8 * 24 * 3600)
        assert (await s.call("listConversations")).json()["conversations"] == []
        assert (await s.call("listConversations", params={"limit": 0})).json()["conversations"] == []


async def test_group_conversations_follow_the_group_criteria() -> None:
    async with session() as s:
        a = (await s.call("submitText", json=text_body("Hi."))).json()["conversationId"]
        b = (await s.call("submitText", json=text_body("Hello."))).json()["conversationId"]
        await s.call("updateConversation", path={"conversationId": a}, json={"metadata": {"label": "Internal"}})
        await s.call("updateConversation", path={"conversationId": b}, json={"metadata": {"label": "External"}})
        group = await s.call(
            "createGroup", json={"name": "internal", "criteria": "conversation.metadata.label==Internal"}
        )
        assert group.status_code in (200, 201)
        group_id = group.json()["group"]["id"]
        listed = await s.call("listGroupConversations", path={"groupId": group_id})
        assert [c["id"] for c in listed.json()["conversations"]] == [a]
        missing = await s.call("listGroupConversations", path={"groupId": "999"})
        assert missing.status_code == 404


async def test_conversation_delete_and_metadata_update() -> None:
    async with session() as s:
        cid = (await s.call("submitText", json=text_body("Hi."))).json()["conversationId"]
        updated = await s.call("updateConversation", path={"conversationId": cid}, json={"metadata": {"k": "v"}})
        assert updated.json() == {"id": cid, "metadata": {"k": "v"}}
        assert (await s.call("getConversation", path={"conversationId": cid})).json()["metadata"] == {"k": "v"}
        deleted = await s.call("deleteConversation", path={"conversationId": cid})
        assert deleted.json() == {"message": "successfully deleted the conversation"}
        assert (await s.call("getConversation", path={"conversationId": cid})).status_code == 404
        assert (await s.call("deleteConversation", path={"conversationId": cid})).status_code == 404
