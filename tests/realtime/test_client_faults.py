"""Typed errors and recovery against misbehaving loopback servers, for both client flavours."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import Callable
from typing import Any

import pytest
from websockets.sync.server import ServerConnection

from symbl_api import AsyncSymbl, AuthenticationError, PermissionDeniedError, Symbl
from symbl_api.streaming import (
    StreamClosedError,
    StreamingServerError,
    StreamTimeoutError,
    UnknownEvent,
)
from symbl_mock import RunningMock

from .conftest import scripted_server, wav

CREATED = json.dumps({"type": "message", "message": {"type": "conversation_created", "data": {"conversationId": "42"}}})
COMPLETED = json.dumps(
    {"type": "message", "message": {"type": "conversation_completed", "data": {"conversationId": "42"}}}
)


def run(flavour: str, base_url: str, body: Callable[[Any], Any], **client_args: Any) -> None:
    """Run `body(stream_factory)` with the sync client or, awaited, the async one."""
    if flavour == "sync":
        with Symbl(
            base_url=base_url, access_token=client_args.pop("access_token", "tok"), sleep=lambda s: None, **client_args
        ) as client:
            body(client)
    else:

        async def main() -> None:
            async def no_sleep(seconds: float) -> None:
                await asyncio.sleep(0)

            async with AsyncSymbl(
                base_url=base_url, access_token=client_args.pop("access_token", "tok"), sleep=no_sleep, **client_args
            ) as client:
                await body(client)

        asyncio.run(main())


FLAVOURS = ["sync", "async"]


def events_of(flavour: str, client: Any, **kwargs: Any) -> Any:
    """A body that opens a stream and collects every event (raising what iteration raises)."""
    if flavour == "sync":
        with client.streaming.connect(**kwargs) as stream:
            return list(stream)

    async def collect() -> Any:
        async with client.streaming.connect(**kwargs) as stream:
            return [e async for e in stream]

    return collect()


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_handshake_401_is_an_authentication_error(flavour: str, mock: RunningMock) -> None:
    with pytest.raises(AuthenticationError) as caught:
        run(flavour, mock.url, lambda client: events_of(flavour, client), access_token="not-a-token")
    assert caught.value.status_code == 401 and "Unauthorized" in str(caught.value)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_handshake_403_is_a_permission_error(flavour: str) -> None:
    def forbid(connection: ServerConnection, request: Any) -> Any:
        return connection.respond(403, '{"message": "streaming is not enabled for this app"}\n')

    with (
        scripted_server(lambda ws: None, process_request=forbid) as url,
        pytest.raises(PermissionDeniedError, match="not enabled"),
    ):
        run(flavour, url.replace("ws", "http"), lambda client: events_of(flavour, client))


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_error_frame_raises_with_the_frame(flavour: str) -> None:
    error = {"type": "message", "message": {"type": "error", "data": {"message": "quota exceeded", "code": 1008}}}

    def handler(ws: ServerConnection) -> None:
        ws.recv()
        ws.send(json.dumps(error))
        ws.close(1008, "quota exceeded")

    with scripted_server(handler) as url, pytest.raises(StreamingServerError) as caught:
        run(flavour, url.replace("ws", "http"), lambda client: events_of(flavour, client))
    assert caught.value.frame == error and caught.value.code == 1008 and "quota exceeded" in str(caught.value)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_abnormal_close_raises_with_code_and_reason(flavour: str) -> None:
    def handler(ws: ServerConnection) -> None:
        ws.recv()
        ws.send(CREATED)
        ws.close(1011, "recognizer crashed")

    with scripted_server(handler) as url, pytest.raises(StreamClosedError) as caught:
        run(flavour, url.replace("ws", "http"), lambda client: events_of(flavour, client))
    assert (caught.value.code, caught.value.reason) == (1011, "recognizer crashed")


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("which", ["first_event_timeout", "silence_timeout"])
def test_timeouts_for_the_first_event_and_for_silence(flavour: str, which: str) -> None:
    release = threading.Event()

    def handler(ws: ServerConnection) -> None:
        ws.recv()
        if which == "silence_timeout":
            ws.send(CREATED)
        release.wait(5)

    with scripted_server(handler) as url:
        try:
            with pytest.raises(StreamTimeoutError, match=which):
                run(flavour, url.replace("ws", "http"), lambda client: events_of(flavour, client, **{which: 0.2}))
        finally:
            release.set()  # lets the server's handler end before the server stops


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_unknown_types_arrive_as_generic_events(flavour: str) -> None:
    novel = {"type": "sentiment_response", "score": 0.4}

    def handler(ws: ServerConnection) -> None:
        ws.recv()
        ws.send(CREATED)
        ws.send(json.dumps(novel))
        ws.close(1000)

    found: list[Any] = []
    with scripted_server(handler) as url:

        def body(client: Any) -> Any:
            if flavour == "sync":
                found.extend(events_of(flavour, client))
                return None

            async def collect() -> None:
                found.extend(await events_of(flavour, client))

            return collect()

        run(flavour, url.replace("ws", "http"), body)
    assert isinstance(found[1], UnknownEvent) and found[1].frame == novel and found[1].type == "sentiment_response"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_subprotocol_that_is_not_echoed_is_refused(flavour: str) -> None:
    with scripted_server(lambda ws: None) as url, pytest.raises(Exception, match="subprotocol"):
        run(flavour, url.replace("ws", "http"), lambda client: events_of(flavour, client, auth="subprotocol"))


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_reconnect_rejoins_resends_start_and_delivers_the_rest(flavour: str) -> None:
    seen: list[tuple[str, list[Any]]] = []
    lock = threading.Lock()

    def handler(ws: ServerConnection) -> None:
        received: list[Any] = []
        with lock:
            seen.append((ws.request.path if ws.request else "", received))
            first = len(seen) == 1
        received.append(json.loads(ws.recv()))
        ws.send(CREATED)
        if first:
            ws.close(1012, "service restart")
            return
        for message in ws:
            received.append(message if isinstance(message, bytes) else json.loads(message))
            if isinstance(message, str) and json.loads(message)["type"] == "stop_request":
                ws.send(COMPLETED)
                ws.close(1000)
                return

    audio = wav(2)[44:]

    def sync_body(client: Symbl) -> list[Any]:
        with client.streaming.connect(connection_id="same-id", reconnect=True) as stream:
            assert stream.recv() is not None  # conversation_created; the close comes next
            assert stream.recv() is not None  # reads the 1012, reconnects: conversation_created again
            stream.send_audio(audio, finish=True)
            return list(stream)

    async def async_body(client: AsyncSymbl) -> list[Any]:
        async with client.streaming.connect(connection_id="same-id", reconnect=True) as stream:
            assert await stream.recv() is not None
            assert await stream.recv() is not None
            await stream.send_audio(audio, finish=True)
            return [e async for e in stream]

    with scripted_server(handler) as url:
        run(flavour, url.replace("ws", "http"), sync_body if flavour == "sync" else async_body)
    assert [path for path, _ in seen] == ["/v1/streaming/same-id"] * 2
    second = seen[1][1]
    assert second[0]["type"] == "start_request", "start_request is sent again on the new connection"
    assert b"".join(m for m in second if isinstance(m, bytes)) == audio
    assert max(len(m) for m in second if isinstance(m, bytes)) <= 8192
    assert second[-1] == {"type": "stop_request"}


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_the_message_size_limit_is_configurable(flavour: str) -> None:
    big = json.dumps({"type": "message_response", "messages": [{"payload": {"content": "x" * 5000}}]})

    def handler(ws: ServerConnection) -> None:
        ws.recv()
        ws.send(CREATED)
        ws.send(big)
        with contextlib.suppress(Exception):
            ws.recv()

    with scripted_server(handler) as url, pytest.raises(StreamClosedError) as caught:
        run(flavour, url.replace("ws", "http"), lambda client: events_of(flavour, client, max_message_bytes=1000))
    assert caught.value.code == 1009
