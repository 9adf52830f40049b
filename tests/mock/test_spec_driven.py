"""The mock follows the spec it is given: a new operation or resource is served without code."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from symbl_mock import MockSettings, create_app

from .conftest import SPEC, FakeClock, session, text_body

ERRORS = {
    "400": {"$ref": "#/components/responses/BadRequest"},
    "401": {"$ref": "#/components/responses/Unauthorized"},
    "404": {"$ref": "#/components/responses/NotFound"},
}


def _extended_spec() -> dict[str, Any]:
    spec = copy.deepcopy(SPEC)
    schemas = spec["components"]["schemas"]
    schemas["Widget"] = {
        "type": "object",
        "required": ["id", "name", "sizes"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "sizes": {"type": "array", "items": {"type": "integer"}},
            "createdOn": {"$ref": "#/components/schemas/Timestamp"},
        },
    }
    schemas["WidgetRequest"] = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "minLength": 1},
            "sizes": {"type": "array", "items": {"type": "integer"}},
        },
    }
    envelope = {
        "type": "object",
        "required": ["widget"],
        "properties": {"widget": {"$ref": "#/components/schemas/Widget"}},
    }
    listing = {
        "type": "object",
        "required": ["widgets"],
        "properties": {"widgets": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}}},
    }

    def ok(schema: dict[str, Any], status: str = "200") -> dict[str, Any]:
        return {status: {"description": "ok", "content": {"application/json": {"schema": schema}}}, **ERRORS}

    request = {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetRequest"}}},
    }
    spec["paths"]["/v1/manage/widgets"] = {
        "get": {
            "operationId": "listWidgets",
            "parameters": [{"name": "name", "in": "query", "schema": {"type": "string"}}],
            "responses": ok(listing),
        },
        "post": {"operationId": "createWidget", "requestBody": request, "responses": ok(envelope, "201")},
    }
    spec["paths"]["/v1/manage/widgets/{widgetId}"] = {
        "parameters": [
            {"name": "widgetId", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^[0-9]+$"}}
        ],
        "get": {"operationId": "getWidget", "responses": ok(envelope)},
        "patch": {
            "operationId": "updateWidget",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"type": "array", "items": {"$ref": "#/components/schemas/JsonPatchOperation"}}
                    }
                },
            },
            "responses": ok(envelope),
        },
        "delete": {"operationId": "deleteWidget", "responses": {"204": {"description": "gone"}, **ERRORS}},
    }
    spec["paths"]["/v1/conversations/{conversationId}/mood"] = {
        "get": {
            "operationId": "getMood",
            "parameters": [{"$ref": "#/components/parameters/conversationId"}],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["mood"],
                                "properties": {"mood": {"type": "string"}},
                            },
                            "example": {"mood": "cheerful"},
                        }
                    },
                },
                **ERRORS,
            },
        }
    }
    return spec


async def test_new_resource_and_new_operation_work_without_touching_the_mock() -> None:
    async with session(MockSettings(job_seconds=0, spec=_extended_spec())) as s:
        h = s.auth
        created = await s.client.post("/v1/manage/widgets", headers=h, json={"name": "Gear", "ignored": True})
        assert created.status_code == 201
        widget = created.json()["widget"]
        assert widget["name"] == "Gear" and widget["sizes"] == [] and "createdOn" in widget and "ignored" not in widget
        wid = widget["id"]
        patched = await s.client.patch(
            f"/v1/manage/widgets/{wid}", headers=h, json=[{"op": "add", "path": "/sizes", "value": [1, 2]}]
        )
        assert patched.json()["widget"]["sizes"] == [1, 2]
        listed = await s.client.get("/v1/manage/widgets", headers=h, params={"name": "Gear"})
        assert [w["id"] for w in listed.json()["widgets"]] == [wid]
        assert (await s.client.get("/v1/manage/widgets", headers=h, params={"name": "Other"})).json() == {"widgets": []}
        invalid = await s.client.post("/v1/manage/widgets", headers=h, json={"name": ""})
        assert invalid.status_code == 400
        deleted = await s.client.delete(f"/v1/manage/widgets/{wid}", headers=h)
        assert deleted.status_code == 204 and deleted.content == b""
        assert (await s.client.get(f"/v1/manage/widgets/{wid}", headers=h)).status_code == 404
        assert (await s.client.get("/v1/manage/widgets/x", headers=h)).status_code == 400
        cid = (
            await s.client.post("/v1/process/text", headers=h, json={"messages": [{"payload": {"content": "Hi."}}]})
        ).json()["conversationId"]
        mood = await s.client.get(f"/v1/conversations/{cid}/mood", headers=h)
        assert mood.json() == {"mood": "cheerful"}
        assert (await s.client.get("/v1/conversations/42/mood", headers=h)).status_code == 404


async def test_settings_are_one_document_changed_by_json_patch() -> None:
    async with session() as s:
        empty = await s.call("getSettings")
        assert empty.json() == {"settings": {}}
        patched = await s.call(
            "updateSettings",
            json=[
                {"op": "add", "path": "/intelligence/bookmarks/duration", "value": 45},
                {"op": "replace", "path": "/redaction", "value": {"default": True, "exclude": ["PERSON_NAME"]}},
            ],
        )
        assert patched.json() == {
            "settings": {
                "intelligence": {"bookmarks": {"duration": 45}},
                "redaction": {"default": True, "exclude": ["PERSON_NAME"]},
            }
        }
        invalid = await s.call(
            "updateSettings", json=[{"op": "replace", "path": "/intelligence/bookmarks/duration", "value": 0}]
        )
        assert invalid.status_code == 400
        assert "would not be valid" in invalid.json()["message"]
        assert (await s.call("getSettings")).json() == patched.json()


async def test_tracker_rules_conflicts_and_json_patch() -> None:
    async with session() as s:
        first = await s.call("createTracker", json={"name": "Pricing", "vocabulary": ["price"]})
        tid = first.json()["tracker"]["id"]
        duplicate = await s.call("createTracker", json={"name": "Pricing", "vocabulary": ["cost"]})
        assert duplicate.status_code == 409
        bulk = await s.call("createTrackersBulk", json=[{"name": "A"}, {"name": "A"}])
        assert bulk.status_code == 409
        assert (await s.call("listTrackers")).json()["trackers"][0]["id"] == tid  # nothing of the bulk was kept
        patched = await s.call(
            "updateTracker",
            path={"trackerId": tid},
            json=[
                {"op": "add", "path": "/vocabulary", "value": ["cost"]},
                {"op": "replace", "path": "/name", "value": "Money"},
            ],
        )
        assert patched.json()["tracker"]["vocabulary"] == ["price", "cost"]
        assert patched.json()["tracker"]["name"] == "Money"
        removed = await s.call("updateTracker", path={"trackerId": tid}, json=[{"op": "remove", "path": "/name"}])
        assert removed.status_code == 409
        legacy = await s.call("getTrackerLegacy", path={"trackerId": tid})
        assert legacy.json()["tracker"]["name"] == "Money"
        replaced = await s.call(
            "updateTrackerLegacy", path={"trackerId": tid}, json={"name": "Money", "vocabulary": ["fee"]}
        )
        assert replaced.json()["tracker"]["vocabulary"] == ["fee"]
        by_subtype = await s.call("deleteEntitiesBySubType", params={"subType": "Nothing"})
        assert by_subtype.status_code == 404


async def test_job_statuses_come_from_x_symbl_job_status() -> None:
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["JobStatusValue"]["enum"] = ["queued", "running", "done", "error"]
    spec["paths"]["/v1/job/{jobId}"]["get"]["x-symbl-job-status"] = {
        "statusField": "status",
        "pending": ["queued", "running"],
        "succeeded": ["done"],
        "failed": ["error"],
    }
    clock = FakeClock()
    async with session(MockSettings(job_seconds=10.0, clock=clock, spec=spec)) as s:
        ok = await s.call("submitText", json=text_body("Hello there."), check=False)
        failing = await s.call("submitText", json=text_body("FAIL_JOB please."), check=False)
        seen: dict[str, list[str]] = {"ok": [], "failing": []}
        for _ in range(3):
            for key, submitted in (("ok", ok), ("failing", failing)):
                status = await s.client.get(f"/v1/job/{submitted.json()['jobId']}", headers=s.auth)
                seen[key].append(status.json()["status"])
            clock.advance(5)
        assert seen == {"ok": ["queued", "running", "done"], "failing": ["queued", "running", "error"]}
        messages = await s.client.get(f"/v1/conversations/{ok.json()['conversationId']}/messages", headers=s.auth)
        assert [m["text"] for m in messages.json()["messages"]] == ["Hello there."]  # "done" counts as completed


def test_a_malformed_x_symbl_job_status_is_refused_at_start() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/v1/job/{jobId}"]["get"]["x-symbl-job-status"]["succeeded"] = []
    with pytest.raises(ValueError, match=r"getJobStatus: x-symbl-job-status.succeeded must be a non-empty list"):
        create_app(MockSettings(spec=spec))
