"""Every frame the mock sends validates against spec/asyncapi.yaml, over a scenario that makes
it send every server message the spec lists."""

from __future__ import annotations

import json

import httpx
from websockets.sync.client import connect

from symbl_mock import RunningMock
from symbl_mock.realtime import hub_of

from .conftest import wav
from .test_mock import START, frames, send_audio


def test_every_server_message_type_is_sent_and_valid(mock: RunningMock, ws_url: str, token: str) -> None:
    hub = hub_of(mock.core)
    hub.record, hub.sent = True, []
    try:
        auth = f"?access_token={token}"
        with (
            connect(f"{ws_url}/v1/subscribe/every-type{auth}") as listener,
            connect(f"{ws_url}/v1/streaming/every-type{auth}") as ws,
        ):
            ws.send(json.dumps(START))
            ws.send(
                json.dumps(
                    {"type": "modify_request", "speechRecognition": {"encoding": "LINEAR16", "sampleRateHertz": 16000}}
                )
            )
            bookmark = {
                "type": "bookmark_request",
                "operation": "create",
                "label": "Pricing",
                "beginTimeOffset": 1,
                "duration": 5,
            }
            ws.send(json.dumps(bookmark))
            send_audio(ws, wav(125, seed=5))
            ws.send(json.dumps({"type": "stop_request"}))
            frames(ws)
            frames(listener)
        with connect(f"{ws_url}/v1/streaming/every-type-error{auth}") as ws:
            ws.send(b"\x00")
            frames(ws)
        body = {"operation": "start", "endpoint": {"type": "pstn", "phoneNumber": "14082924837"}}
        call = httpx.post(f"{mock.url}/v1/endpoint:connect", json=body, headers={"x-api-key": token}).json()
        with connect(f"{call['resultWebSocketUrl']}{auth}") as ws:
            ws.recv(timeout=5)
            stop = {"operation": "stop", "connectionId": call["connectionId"]}
            httpx.post(f"{mock.url}/v1/endpoint:connect", json=stop, headers={"x-api-key": token})
            frames(ws)
    finally:
        hub.record = False
    spec = hub.spec
    problems = [(frame, spec.server_problems(frame)) for frame in hub.sent if spec.server_problems(frame)]
    assert not problems, problems[:3]
    sent = {spec.identify(frame).name for frame in hub.sent}
    expected = {name for name, message in spec.messages.items() if message.direction == "server"}
    assert sent == expected, f"never sent: {sorted(expected - sent)}"
