"""The WebSocket endpoints: authenticate the upgrade, run a session, fan results out to listeners.

Every channel of the AsyncAPI document is served: `stream` channels run a `StreamSession`,
`listen` channels follow a connection id, either a stream's (Subscribe) or a telephony
connection's from `POST /v1/endpoint:connect` (its transcript is published when the call is
stopped). A client frame the spec does not allow gets an error frame naming the problem and
a close with a meaningful code; the mock itself never crashes on input.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from starlette.responses import JSONResponse
from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from .._auth import UNAUTHORIZED
from .._conversations import build_view
from .._errors import ApiError
from .._jobs import completed_job_ids
from ._recognizer import Recognised
from ._results import ResultFeed, envelope, error_frame, recognition_frame
from ._session import Frame, StreamSession
from ._spec import ChannelSpec, FrameError, RealtimeSpec

if TYPE_CHECKING:
    from .._app import MockCore

logger = logging.getLogger("symbl_mock")
MAX_TEXT_BYTES = 64 * 1024
LISTENER_BACKLOG = 10_000
TELEPHONY_POLL_SECONDS = 0.05


def _reason(text: str) -> str:
    """A close reason within the protocol's 123 bytes."""
    return text.encode()[:120].decode(errors="ignore")


class Hub:
    """Sessions and listeners by connection id; one per mock instance, on the server's loop."""

    def __init__(self, core: MockCore, spec: RealtimeSpec) -> None:
        self.core = core
        self.spec = spec
        # Keyed by (app id, connection id): each app sees only its own streams.
        self.sessions: dict[tuple[str, str], StreamSession] = {}
        self.listeners: dict[tuple[str, str], set[asyncio.Queue[Frame | None]]] = {}
        self.sent: list[Frame] = []  # every frame sent, when `record` is on (spec conformance tests)
        self.record = False

    def session(self, key: tuple[str, str]) -> StreamSession:
        found = self.sessions.get(key)
        if found is None:
            found = self.sessions[key] = StreamSession(self.core, *key)
        return found

    def publish(self, connection_id: tuple[str, str], frame: Frame | None) -> None:
        for queue in list(self.listeners.get(connection_id, ())):
            if queue.qsize() < LISTENER_BACKLOG or frame is None:
                queue.put_nowait(frame)

    async def send(self, ws: WebSocket, frame: Frame) -> None:
        if self.record:
            self.sent.append(frame)
        await ws.send_text(json.dumps(frame, separators=(",", ":")))

    async def refuse(self, ws: WebSocket, message: str, code: int) -> None:
        try:
            await self.send(ws, error_frame(message, code))
            await ws.close(code, _reason(message))
        except (WebSocketDisconnect, RuntimeError, OSError):
            pass

    # -- authentication -----------------------------------------------------------------------

    async def accept(self, ws: WebSocket) -> tuple[str, str] | None:
        """(app id, connection id) once an upgrade carrying a valid token (query, X-API-KEY or
        subprotocol) is accepted; None after answering 401."""
        headers = {k.lower(): v for k, v in ws.headers.items()}
        candidates: list[tuple[dict[str, str], str | None]] = []
        if ws.query_params.get("access_token"):
            candidates.append(({"x-api-key": ws.query_params["access_token"]}, None))
        for name in ("authorization", "x-api-key"):
            if name in headers:
                candidates.append(({name: headers[name]}, None))
        for offered in ws.scope.get("subprotocols") or []:
            candidates.append(({"x-api-key": offered}, offered))
        problem = (
            f"{UNAUTHORIZED} (no access token: pass access_token=, an X-API-KEY header or the token as subprotocol)"
        )
        now = self.core.settings.clock()
        for fake_headers, subprotocol in candidates:
            app_id = self.core.app_for(fake_headers)
            try:
                with self.core.storage.transaction(app_id) as state:
                    self.core.tokens.authenticate(state, fake_headers, now)
            except ApiError as error:
                problem = error.message
                continue
            await ws.accept(subprotocol=subprotocol)
            return app_id, str(ws.path_params["connectionId"])
        await ws.send_denial_response(JSONResponse({"message": problem}, status_code=401))
        return None

    # -- streaming ----------------------------------------------------------------------------

    async def stream(self, ws: WebSocket, channel: ChannelSpec) -> None:
        connection_id = await self.accept(ws)
        if connection_id is None:
            return
        session = self.session(connection_id)
        started = False
        try:
            while True:
                message = await ws.receive()
                if message["type"] == "websocket.disconnect":
                    return
                try:
                    frames, started, done = self._handle(session, channel, message, started)
                except FrameError as error:
                    await self.refuse(ws, error.message, error.code)
                    return
                for frame in frames:
                    await self.send(ws, frame)
                    self.publish(connection_id, frame)
                if done and session.disconnect_on_stop:
                    self.publish(connection_id, None)
                    await ws.close(1000)
                    return
        except WebSocketDisconnect:
            return
        except Exception as exc:  # a mock bug: report it, close as a server error, keep serving
            logger.exception("realtime mock error on %s", ws.url.path)
            self.core.problems.append(f"WS {ws.url.path}: {type(exc).__name__}: {exc}")
            if ws.application_state != WebSocketState.DISCONNECTED:
                await self.refuse(ws, f"internal mock error ({type(exc).__name__})", 1011)

    def _handle(
        self, session: StreamSession, channel: ChannelSpec, message: Mapping[str, Any], started: bool
    ) -> tuple[list[Frame], bool, bool]:
        data, text = message.get("bytes"), message.get("text")
        if data is not None:
            if len(data) > self.spec.max_audio_bytes:
                raise FrameError(
                    1009,
                    f"audio frame of {len(data)} bytes; split audio into frames of at most {self.spec.max_audio_bytes} bytes",
                )
            if not started:
                raise FrameError(1008, "audio before start_request; send start_request first")
            return session.audio(data), started, False
        text = text or ""
        if len(text) > MAX_TEXT_BYTES:
            raise FrameError(
                1009, f"text frame of {len(text)} characters; control messages are limited to {MAX_TEXT_BYTES}"
            )
        spec_message, frame = self.spec.parse_client_text(text, channel.sends)
        name = spec_message.name
        if name == "start_request":
            return session.start(frame), True, False
        if not started:
            raise FrameError(1008, f"{name} before start_request; send start_request first")
        if name == "stop_request":
            return session.stop(), False, True
        if name == "modify_request":
            return session.modify(frame), started, False
        if name == "bookmark_request":
            return session.bookmark(frame), started, False
        raise FrameError(1008, f"{name} is in the spec but this mock does not implement it")

    # -- listening ----------------------------------------------------------------------------

    async def listen(self, ws: WebSocket, channel: ChannelSpec) -> None:
        connection_id = await self.accept(ws)
        if connection_id is None:
            return
        queue: asyncio.Queue[Frame | None] = asyncio.Queue()
        self.listeners.setdefault(connection_id, set()).add(queue)
        reader = asyncio.ensure_future(self._listen_only(ws))
        telephony = self._telephony(connection_id)
        publisher = asyncio.ensure_future(self._publish_call(connection_id)) if telephony else None
        session = self.sessions.get(connection_id)
        try:
            if session is not None and session.conversation_id and not session.stopped:
                # A late listener learns which conversation it follows before the live results.
                await self.send(ws, envelope("conversation_created", {"conversationId": session.conversation_id}))
            while True:
                getter = asyncio.ensure_future(queue.get())
                done, _ = await asyncio.wait({getter, reader}, return_when=asyncio.FIRST_COMPLETED)
                if reader in done:
                    getter.cancel()
                    problem = reader.result()
                    if problem is not None:
                        await self.refuse(ws, problem, 1008)
                    return
                frame = getter.result()
                if frame is None:
                    await ws.close(1000)
                    return
                await self.send(ws, frame)
        except (WebSocketDisconnect, RuntimeError, OSError):
            return
        finally:
            reader.cancel()
            if publisher is not None:
                publisher.cancel()
            self.listeners.get(connection_id, set()).discard(queue)

    async def _listen_only(self, ws: WebSocket) -> str | None:
        """Waits for the client to leave; a frame from it is a protocol error on a listen-only channel."""
        message = await ws.receive()
        if message["type"] == "websocket.disconnect":
            return None
        return "this channel is listen-only: it sends results and accepts no frames"

    def _telephony(self, key: tuple[str, str]) -> bool:
        with self.core.storage.transaction(key[0]) as state:
            return key[1] in state.connections

    async def _publish_call(self, key: tuple[str, str]) -> None:
        """A telephony call's results: created at once, its transcript when the call is stopped."""
        app_id, connection_id = key
        with self.core.storage.transaction(app_id) as state:
            conversation_id = state.connections[connection_id].conversation_id
        self.publish(key, envelope("started_listening", {"conversationId": conversation_id}))
        self.publish(key, envelope("conversation_created", {"conversationId": conversation_id}))
        while True:
            with self.core.storage.transaction(app_id) as state:
                active = state.connections[connection_id].active
            if not active:
                break
            await asyncio.sleep(TELEPHONY_POLL_SECONDS)
        for frame in self._call_results(app_id, connection_id):
            self.publish(key, frame)
        self.publish(key, envelope("conversation_completed", {"conversationId": conversation_id}))
        self.publish(key, None)

    def _call_results(self, app_id: str, connection_id: str) -> list[Frame]:
        frames: list[Frame] = []
        with self.core.storage.transaction(app_id) as state:
            conversation = state.conversations.get(state.connections[connection_id].conversation_id)
            if conversation is None:
                return frames
            jobs = completed_job_ids(state, conversation, float("inf")) | set(conversation.job_ids)
            view = build_view(conversation, jobs, account_trackers=self.core.account_items(state, "trackers"))
            feed = ResultFeed(["question", "action_item", "follow_up", "topic"], False)
            for index, message in enumerate(view.messages):
                words = message.text.split()
                result = Recognised(message.text, words, message.offset, message.offset + message.duration, True)
                frames.append(recognition_frame(result, message.member.person()))
                frames.extend(feed.after_final(replace(view, messages=view.messages[: index + 1]), message.id))
        return frames
