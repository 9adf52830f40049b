"""`client.streaming`: open streams, subscriptions and telephony result sockets."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._errors import InvalidArgumentError
from ._async import AsyncListenStream, AsyncStream
from ._core import StreamCore, StreamOptions, channel, merge_start_request, websocket_url
from ._driver import AsyncDriver, SyncDriver
from ._sync import ListenStream, Stream

if TYPE_CHECKING:
    from .._client import AsyncSymbl, Symbl

STREAM_CHANNEL = "streaming"
SUBSCRIBE_CHANNEL = "subscribe"
TELEPHONY_CHANNEL = "telephonyEvents"


def _options(options: StreamOptions | None, overrides: Mapping[str, Any], *, listen: bool) -> StreamOptions:
    base = options or StreamOptions(first_event_timeout=None if listen else StreamOptions.first_event_timeout)
    try:
        return replace(base, **overrides)
    except TypeError:
        known = sorted(StreamOptions.__dataclass_fields__)
        raise InvalidArgumentError("options", f"unknown stream options {sorted(overrides)}; known: {known}") from None


def _field(holder: Any, *names: str) -> str | None:
    for name in names:
        value = holder.get(name) if isinstance(holder, Mapping) else getattr(holder, name, None)
        if isinstance(value, str):
            return value
    return None


def _telephony_target(connection: Any) -> tuple[str, str | None]:
    """(connection id, result URL) of an endpoint:connect response, its dict, or a bare id."""
    if isinstance(connection, str):
        return connection, None
    connection_id = _field(connection, "connection_id", "connectionId")
    url = _field(connection, "result_web_socket_url", "resultWebSocketUrl")
    if not isinstance(connection_id, str):
        raise InvalidArgumentError("connection", "pass the endpoint:connect response or its connectionId")
    return connection_id, url if isinstance(url, str) else None


class _Plan:
    """What both flavours resolve the same way before connecting."""

    def __init__(self, base_url: str, clock: Any) -> None:
        self.base_url = base_url
        self.clock = clock

    def core(
        self,
        key: str,
        connection_id: str | None,
        start: dict[str, Any] | None,
        options: StreamOptions,
        url: str | None = None,
    ) -> StreamCore:
        spec = channel(key)
        wanted = "stream" if start is not None else "listen"
        if spec.role != wanted:
            raise InvalidArgumentError("channel", f"channel {key!r} is a {spec.role} channel, not a {wanted} one")
        connection_id = connection_id or str(uuid.uuid4())
        return StreamCore(
            url=url or websocket_url(self.base_url, spec, connection_id),
            channel=spec,
            connection_id=connection_id,
            start_request=start,
            options=options,
            clock=self.clock,
        )


S = TypeVar("S", Stream, AsyncStream)
L = TypeVar("L", ListenStream, AsyncListenStream)


class _StreamingBase(Generic[S, L]):
    """`connect`, `subscribe` and `events`, the same for both flavours; each flavour says which
    stream classes it builds and how (`_build`: its driver, its token source)."""

    _stream: type[S]
    _listen: type[L]

    def __init__(self, client: Symbl | AsyncSymbl) -> None:
        self._plan = _Plan(client.base_url, client._clock)

    def _build(self, cls: type[Any], core: StreamCore) -> Any:
        raise NotImplementedError

    def connect(
        self,
        config: Mapping[str, Any] | None = None,
        *,
        connection_id: str | None = None,
        channel: str = STREAM_CHANNEL,
        options: StreamOptions | None = None,
        **option_overrides: Any,
    ) -> S:
        """A stream (connects in `with` / `async with`): `config` is the start_request's fields, or
        its `config` object.

        `connection_id` defaults to a new UUID; reuse one to rejoin a conversation.
        """
        core = self._plan.core(
            channel, connection_id, merge_start_request(config), _options(options, option_overrides, listen=False)
        )
        stream: S = self._build(self._stream, core)
        return stream

    def subscribe(
        self,
        connection_id: str,
        *,
        channel: str = SUBSCRIBE_CHANNEL,
        options: StreamOptions | None = None,
        **option_overrides: Any,
    ) -> L:
        """Listen to the stream with this connection id (no audio sent)."""
        core = self._plan.core(channel, connection_id, None, _options(options, option_overrides, listen=True))
        stream: L = self._build(self._listen, core)
        return stream

    def events(self, connection: Any, *, options: StreamOptions | None = None, **option_overrides: Any) -> L:
        """The live results of a telephony call (the `endpoint:connect` response or its connectionId)."""
        connection_id, url = _telephony_target(connection)
        opts = _options(options, option_overrides, listen=True)
        core = self._plan.core(TELEPHONY_CHANNEL, connection_id, None, opts, url)
        stream: L = self._build(self._listen, core)
        return stream


class Streaming(_StreamingBase[Stream, ListenStream]):
    """The real-time API: `connect()` a stream, `subscribe()` to one, follow a call's `events()`."""

    _stream = Stream
    _listen = ListenStream

    def __init__(self, client: Symbl) -> None:
        super().__init__(client)
        self._client = client

    def _token(self, stale: str | None) -> str:
        cache = self._client._settings.cache
        if stale is not None and not cache.refreshable:
            return stale  # a fixed access token: nothing to refresh
        return cache.get(self._client._fetch_token, stale)[0]

    def _build(self, cls: type[Any], core: StreamCore) -> Any:
        return cls(core, SyncDriver(core, self._token, self._client._sleep), self._client)


class AsyncStreaming(_StreamingBase[AsyncStream, AsyncListenStream]):
    """The real-time API for `AsyncSymbl`: the same methods, used with `async with`."""

    _stream = AsyncStream
    _listen = AsyncListenStream

    def __init__(self, client: AsyncSymbl) -> None:
        super().__init__(client)
        self._client = client

    async def _token(self, stale: str | None) -> str:
        cache = self._client._settings.cache
        if stale is not None and not cache.refreshable:
            return stale
        return (await cache.aget(self._client._fetch_token, stale))[0]

    def _build(self, cls: type[Any], core: StreamCore) -> Any:
        return cls(core, AsyncDriver(core, self._token, self._client._sleep), self._client)
