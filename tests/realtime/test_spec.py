"""spec/asyncapi.yaml: one home per schema, a deterministic bundle, and a table that follows the
spec (a new message or channel needs no hand-written code)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from _symbl_api_generated import _realtime
from generator import realtime
from generator.bundle import ROOT, SPEC_DIR, bundle, load_spec
from generator.driver import OUTPUT_DIR, generate_into

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
    # The whole package, generated from the edited copy: the new message decodes into its own
    # generated model through the client's decoder, with no hand-written code.
    generate_into(
        tmp_path / "generated" / OUTPUT_DIR.name, bundle(spec_dir=spec_dir, out=tmp_path / "b.yaml"), spec_dir
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path / "generated"), str(ROOT / "overrides")])}
    done = subprocess.run(
        [sys.executable, "-c", NEW_MESSAGE_SCRIPT], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "OK"


NEW_MESSAGE_SCRIPT = """
from _symbl_api_generated import _realtime
from _symbl_api_generated.models import StreamingSummaryResponse

event = _realtime.decode_event('{"type": "summary_response", "summaries": ["short"]}')
assert type(event).__name__ == "SummaryResponseEvent" and event.summaries == ["short"], event
assert isinstance(event.frame, StreamingSummaryResponse), event.frame
assert _realtime.CHANNELS["coach"].receives == ("summary_response",)
print("OK")
"""
