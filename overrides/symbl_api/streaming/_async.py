"""Asynchronous streams: `async with client.streaming.connect(...) as stream:`, twins of `_sync`.

No thread at all; the optional background sender is a task, awaited by `stop()` and cancelled
by `close()`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable, AsyncIterator, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from _symbl_api_generated._realtime import RecognitionResultEvent, ServerEvent

from .._errors import InvalidArgumentError, SymblError
from ._audio import AudioFormat, open_source, wav_header, widen_8bit
from ._core import StreamCore
from ._driver import AsyncDriver

if TYPE_CHECKING:
    from _symbl_api_generated.resources import AsyncConversationHandle, AsyncSymblResources


class AsyncListenStream:
    """A WebSocket that delivers server events: `async for event in stream`. Closes on exit."""

    def __init__(self, core: StreamCore, driver: AsyncDriver, resources: AsyncSymblResources) -> None:
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

    async def enter(self) -> Self:
        """Connect without an `async with` block; call `close()` (or `stop()`) yourself."""
        if not self._entered:
            await self._driver.run(self._core.connect_flow())
            self._entered = True
        return self

    async def __aenter__(self) -> Self:
        return await self.enter()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __aiter__(self) -> AsyncIterator[ServerEvent]:
        return self

    async def __anext__(self) -> ServerEvent:
        self._check()
        event = await self._driver.next_event()
        if event is None:
            raise StopAsyncIteration
        return event

    async def recv(self) -> ServerEvent | None:
        """The next event, or None once the stream ended."""
        try:
            return await self.__anext__()
        except StopAsyncIteration:
            return None

    async def transcripts(self) -> AsyncIterator[str]:
        """The text of each final recognition result, as it arrives."""
        async for event in self:
            if isinstance(event, RecognitionResultEvent) and event.is_final and event.transcript:
                yield event.transcript

    def _check(self) -> None:
        if not self._entered:
            raise SymblError("the stream is not connected: use it in an `async with` block or await .enter() first")

    async def close(self) -> None:
        """Close the socket (idempotent)."""
        if self._entered and not self._core.closed:
            await self._driver.run(self._core.close_flow())


class AsyncStream(AsyncListenStream):
    """A streaming connection: send audio and control messages, iterate events, `await stop()`."""

    def __init__(self, core: StreamCore, driver: AsyncDriver, resources: AsyncSymblResources) -> None:
        super().__init__(core, driver, resources)
        self._sender: asyncio.Task[None] | None = None
        self._conversation: AsyncConversationHandle | None = None

    async def send_audio(
        self, source: Any, *, realtime: bool = False, background: bool = False, finish: bool = False
    ) -> None:
        """Send audio: bytes, a path or binary file object, or an (async) iterable of byte chunks.

        Split into frames of at most 8,192 bytes. `realtime=True` paces frames to the audio's
        duration; `background=True` sends from a task and returns at once (errors surface in
        `stop()`); `finish=True` sends `stop_request` after the last frame.
        """
        self._check()
        if background:
            if self._sender is not None and not self._sender.done():
                raise SymblError("audio is already being sent in the background; wait for stop() before sending more")
            self._sender = asyncio.create_task(self._send_all(source, realtime, finish), name="symbl-stream-sender")
            return
        await self._send_all(source, realtime, finish)

    async def _send_all(self, source: Any, realtime: bool, finish: bool) -> None:
        core, run = self._core, self._driver.run
        if isinstance(source, AsyncIterable):
            fmt, chunks = await _async_source(source)
        else:
            fmt, sync_chunks = open_source(source)
            chunks = _paused(sync_chunks)
        if fmt is not None:
            await run(core.modify_if_needed(fmt))
        async for chunk in chunks:
            for frame in core.frames(chunk):
                await self._driver.send_frame(frame)
                if realtime:
                    await self._driver._sleep(core.pace_delay(len(frame), fmt or core.audio_format))
        if finish and not core.stop_sent:
            core.stop_sent = True
            await run(core.control({"type": "stop_request"}))

    async def send(self, message: Mapping[str, Any]) -> None:
        """Send a control message (`modify_request`, `bookmark_request`...) as JSON."""
        self._check()
        await self._driver.run(self._core.control(message))

    async def stop(self) -> AsyncConversationHandle:
        """Send `stop_request`, read until `conversation_completed` (events stay iterable), close.

        Returns the conversation for the REST follow-ups (`await .get_messages()`).
        """
        self._check()
        sender, self._sender = self._sender, None
        if sender is not None:
            await sender
        if self._conversation is None:
            conversation_id = await self._driver.run(self._core.stop_flow())
            if conversation_id is None:
                raise SymblError("the stream ended before the server said which conversation it was")
            self._conversation = self._resources.conversation(conversation_id)
        return self._conversation

    @property
    def conversation(self) -> AsyncConversationHandle | None:
        """The conversation once `stop()` returned it (also after the `async with` block)."""
        return self._conversation

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if exc is None and self._entered and self._conversation is None and not self._core.closed:
                await self.stop()
        finally:
            await self.close()

    async def close(self) -> None:
        """Close without waiting for results; cancels a background sender first."""
        sender, self._sender = self._sender, None
        if sender is not None and not sender.done():
            sender.cancel()
            await asyncio.gather(sender, return_exceptions=True)
        await super().close()


async def _checked(source: AsyncIterable[Any]) -> AsyncIterator[bytes]:
    async for chunk in source:
        if not isinstance(chunk, bytes | bytearray | memoryview):
            raise InvalidArgumentError("audio", f"audio chunks must be bytes, got {type(chunk).__name__}")
        yield bytes(chunk)


async def _async_source(source: AsyncIterable[Any]) -> tuple[AudioFormat | None, AsyncIterator[bytes]]:
    """(WAV format if the first chunk has a header, chunks without the header)."""
    chunks = _checked(source)
    first = await anext(chunks, b"")
    found = wav_header(first)
    fmt = found[0] if found else None
    if found is not None:
        first = first[found[1] :]

    async def rest() -> AsyncIterator[bytes]:
        if first:
            yield widen_8bit(first) if fmt and fmt.widen else first
        async for chunk in chunks:
            yield widen_8bit(chunk) if fmt and fmt.widen else chunk

    return fmt, rest()


async def _paused(chunks: Iterator[bytes]) -> AsyncIterator[bytes]:
    """Chunks of a file or iterable, yielding to the loop between them."""
    for chunk in chunks:
        yield chunk
        await asyncio.sleep(0)
