"""spec/asyncapi.yaml: one home per schema, a deterministic bundle, and a table that follows the
spec (a new message or channel needs no hand-written code)."""

from __future__ import annotations

import shutil
from pathlib import Path

import jinja2
import yaml

from _symbl_api_generated import _realtime
from generator import realtime
from generator.bundle import SPEC_DIR, load_spec
from generator.driver import TEMPLATES

OPENAPI = load_spec()


def test_payloads_live_in_the_openapi_parts_and_are_never_copied() -> None:
    source = yaml.safe_load((SPEC_DIR / "asyncapi.yaml").read_text())
    assert "schemas" not in source["components"] or not set(source["components"]["schemas"]) & set(
        OPENAPI["components"]["schemas"]
    )
    refs = [m["payload"].get("$ref", "") for m in source["components"]["messages"].values() if "$ref" in m["payload"]]
    assert refs and all(r.startswith("parts/streaming.yaml#/components/schemas/Streaming") for r in refs)


def test_bundle_is_deterministic_and_self_contained(tmp_path: Path) -> None:
    first = realtime.bundle_asyncapi(OPENAPI, out=tmp_path / "a.yaml").read_bytes()
    second = realtime.bundle_asyncapi(OPENAPI, out=tmp_path / "b.yaml").read_bytes()
    assert first == second
    doc = yaml.safe_load(first)
    refs = set(realtime._refs(doc))
    assert refs <= set(doc["components"]["schemas"]), "every reference resolves inside the bundle"
    assert b"parts/" not in first


def test_generated_table_matches_the_spec() -> None:
    table = realtime.realtime_table(realtime.load_asyncapi(OPENAPI))
    assert {c["key"]: c["address"] for c in table["channels"]} == {k: c.address for k, c in _realtime.CHANNELS.items()}
    assert {m["name"] for m in table["messages"]} == set(_realtime.MESSAGES)
    assert _realtime.AUDIO_MESSAGE.max_bytes == 8192
    assert _realtime.CHANNELS["realtimeInsights"].alias_of == "streaming"


def test_a_new_message_and_channel_reach_the_table_and_the_events(tmp_path: Path) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, spec_dir)
    doc = yaml.safe_load((spec_dir / "asyncapi.yaml").read_text())
    doc["components"]["messages"]["summaryResponse"] = {
        "name": "summary_response",
        "x-symbl-match": {"type": "summary_response"},
        "x-symbl-items": "summaries",
        "payload": {"$ref": "parts/streaming.yaml#/components/schemas/StreamingSummaryResponse"},
    }
    doc["channels"]["coach"] = {
        "address": "/v1/coach/{connectionId}",
        "x-symbl-role": "listen",
        "parameters": {"connectionId": {"$ref": "#/components/parameters/connectionId"}},
        "messages": {"summaryResponse": {"$ref": "#/components/messages/summaryResponse"}},
    }
    doc["operations"]["sendCoach"] = {
        "action": "send",
        "channel": {"$ref": "#/channels/coach"},
        "messages": [{"$ref": "#/channels/coach/messages/summaryResponse"}],
    }
    (spec_dir / "asyncapi.yaml").write_text(yaml.safe_dump(doc, sort_keys=False))
    part = yaml.safe_load((spec_dir / "parts" / "streaming.yaml").read_text())
    part["components"]["schemas"]["StreamingSummaryResponse"] = {
        "type": "object",
        "required": ["type", "summaries"],
        "properties": {
            "type": {"const": "summary_response"},
            "summaries": {"type": "array", "items": {"type": "string"}},
        },
    }
    (spec_dir / "parts" / "streaming.yaml").write_text(yaml.safe_dump(part, sort_keys=False))
    table = realtime.realtime_table(realtime.load_asyncapi(load_spec(spec_dir), spec_dir))
    assert "coach" in {c["key"] for c in table["channels"]}
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), trim_blocks=True, lstrip_blocks=True)
    env.filters.update(realtime.FILTERS)
    namespace: dict[str, object] = {}
    exec(env.get_template("symbl/realtime.py.jinja").render(tables={"realtime": table}), namespace)
    event = namespace["decode_event"]({"type": "summary_response", "summaries": ["short"]})  # type: ignore[operator]
    assert type(event).__name__ == "SummaryResponseEvent" and event.summaries == ["short"]
    assert namespace["CHANNELS"]["coach"].receives == ("summary_response",)  # type: ignore[index]
