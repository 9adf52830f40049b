"""The mock's real-time half: the WebSocket channels of spec/asyncapi.yaml.

`routes(core)` gives one WebSocket route per channel of the spec (the mock app serves them
through `_app.websocket_routes`), `hub_of(core)` the hub behind them (tests inspect it); behaviour lives in `_session` (streaming), `_endpoints` (auth, fan-out,
telephony results) and `_results` (frames from the REST insight engine).
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from starlette.routing import BaseRoute, WebSocketRoute
from starlette.websockets import WebSocket

from ._endpoints import Hub
from ._spec import ChannelSpec, FrameError, RealtimeSpec

if TYPE_CHECKING:
    from .._app import MockCore


_HUBS: weakref.WeakKeyDictionary[MockCore, Hub] = weakref.WeakKeyDictionary()


def routes(core: MockCore) -> list[BaseRoute]:
    """One WebSocket route per channel of the AsyncAPI document, served by one hub per mock."""
    spec = RealtimeSpec(json.loads(core.spec_json))
    hub = _HUBS[core] = Hub(core, spec)
    return [WebSocketRoute(c.address, _endpoint(hub, c), name=f"realtime-{c.key}") for c in spec.channels]


def hub_of(core: MockCore) -> Hub:
    """The hub serving a mock's WebSocket channels."""
    return _HUBS[core]


def _endpoint(hub: Hub, channel: ChannelSpec) -> Callable[[WebSocket], Awaitable[None]]:
    async def serve(ws: WebSocket) -> None:
        if channel.role == "stream":
            await hub.stream(ws, channel)
        else:
            await hub.listen(ws, channel)

    return serve


__all__ = ["ChannelSpec", "FrameError", "Hub", "RealtimeSpec", "hub_of", "routes"]
