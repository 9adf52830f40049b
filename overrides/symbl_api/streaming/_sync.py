"""Synchronous streams: `with client.streaming.connect(...) as stream:`.

No thread of our own except the optional background sender, which is joined by `stop()` and
`close()`; the `websockets` connection's own reader thread ends when the socket closes.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from _symbl_api_generated._realtime import RecognitionResultEvent, ServerEvent

from .._errors import SymblError
from .._logging import logger
from ._audio import open_source
from ._core import StreamCore
from ._driver import SyncDriver

if TYPE_CHECKING:
    from _symbl_api_generated.resources import ConversationHandle, SymblResources


class ListenStream:
    """A WebSocket that delivers server events: `for event in stream`. Closes on exit."""

    def __init__(self, core: StreamCore, driver: SyncDriver, resources: SymblResources) -> None:
        self._core = core
        self._driver = driver
        self._resources = resources
        self._entered = False

    @property
    def connection_id(self) -> str:
        return self._core.connection_id

    @property
    def conversation_id(self) -> str | None:
        """Known once `conversation_created` arrived."""
        return self._core.conversation_id

    def enter(self) -> Self:
        """Connect without a `with` block; call `close()` (or `stop()`) yourself."""
        if not self._entered:
            self._driver.run(self._core.connect_flow())
            self._entered = True
        return self

    def __enter__(self) -> Self:
        return self.enter()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __iter__(self) -> Iterator[ServerEvent]:
        return self

    def __next__(self) -> ServerEvent:
        self._check()
        event = self._driver.next_event()
        if event is None:
            raise StopIteration
        return event

    def recv(self) -> ServerEvent | None:
        """The next event, or None once the stream ended."""
        return next(self, None)

    def transcripts(self) -> Iterator[str]:
        """The text of each final recognition result, as it arrives."""
        for event in self:
            if isinstance(event, RecognitionResultEvent) and event.is_final and event.transcript:
                yield event.transcript

    def _check(self) -> None:
        if not self._entered:
            raise SymblError("the stream is not connected: use it in a `with` block or call .enter() first")

    def close(self) -> None:
        """Close the socket (idempotent)."""
        if self._entered and not self._core.closed:
            self._driver.run(self._core.close_flow())


class Stream(ListenStream):
    """A streaming connection: send audio and control messages, iterate events, `stop()`."""

    def __init__(self, core: StreamCore, driver: SyncDriver, resources: SymblResources) -> None:
        super().__init__(core, driver, resources)
        self._sender: threading.Thread | None = None
        self._sender_error: BaseException | None = None
        self._cancel = threading.Event()
        self._conversation: ConversationHandle | None = None

    def send_audio(
        self, source: Any, *, realtime: bool = False, background: bool = False, finish: bool = False
    ) -> None:
        """Send audio: bytes, a WAV/raw file path or binary file object, or an iterable of byte chunks.

        Split into frames of at most 8,192 bytes. `realtime=True` paces frames to the audio's
        duration; `background=True` sends from a thread and returns at once (errors surface in
        `stop()`); `finish=True` sends `stop_request` after the last frame, so iterating the
        stream ends with `conversation_completed`.
        """
        self._check()
        if background:
            if self._sender is not None and self._sender.is_alive():
                raise SymblError("audio is already being sent in the background; wait for stop() before sending more")
            self._sender = threading.Thread(
                target=self._send_background, args=(source, realtime, finish), name="symbl-stream-sender", daemon=True
            )
            self._sender.start()
            return
        self._send_all(source, realtime, finish)

    def _send_background(self, source: Any, realtime: bool, finish: bool) -> None:
        try:
            self._send_all(source, realtime, finish)
        except BaseException as exc:  # re-raised by stop()/close() in the caller's thread
            logger.debug("background audio sender failed: %r", exc)
            self._sender_error = exc

    def _send_all(self, source: Any, realtime: bool, finish: bool) -> None:
        fmt, chunks = open_source(source)
        core, run = self._core, self._driver.run
        if fmt is not None:
            run(core.modify_if_needed(fmt))
        for chunk in chunks:
            for frame in core.frames(chunk):
                if self._cancel.is_set():
                    return
                self._driver.send_frame(frame)
                if realtime:
                    self._driver._sleep(core.pace_delay(len(frame), fmt or core.audio_format))
        if finish and not core.stop_sent:
            core.stop_sent = True
            run(core.control({"type": "stop_request"}))

    def send(self, message: Mapping[str, Any]) -> None:
        """Send a control message (`modify_request`, `bookmark_request`...) as JSON."""
        self._check()
        self._driver.run(self._core.control(message))

    def stop(self) -> ConversationHandle:
        """Send `stop_request`, read until `conversation_completed` (events stay iterable), close.

        Returns the conversation for the REST follow-ups (`.get_messages()`, `.get_summary()`).
        """
        self._check()
        self._join_sender()
        if self._conversation is None:
            conversation_id = self._driver.run(self._core.stop_flow())
            if conversation_id is None:
                raise SymblError("the stream ended before the server said which conversation it was")
            self._conversation = self._resources.conversation(conversation_id)
        return self._conversation

    @property
    def conversation(self) -> ConversationHandle | None:
        """The conversation once `stop()` returned it (also after the `with` block)."""
        return self._conversation

    def _join_sender(self) -> None:
        sender = self._sender
        if sender is not None:
            sender.join(self._core.options.stop_timeout)
            if sender.is_alive():
                raise SymblError(
                    f"the background audio sender did not finish within {self._core.options.stop_timeout} s"
                )
            self._sender = None
        if self._sender_error is not None:
            error, self._sender_error = self._sender_error, None
            raise error

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if exc is None and self._entered and self._conversation is None and not self._core.closed:
                self.stop()
        finally:
            self.close()

    def close(self) -> None:
        """Close without waiting for results; stops a background sender first."""
        self._cancel.set()
        sender, self._sender = self._sender, None
        super().close()
        if sender is not None:
            sender.join(self._core.options.stop_timeout)
