"""The mock's real-time half: the WebSocket channels of spec/asyncapi.yaml.

`mount(app, core)` adds one WebSocket route per channel of the spec to the mock's Starlette
application; behaviour lives in `_session` (streaming), `_endpoints` (auth, fan-out,
telephony results) and `_results` (frames from the REST insight engine).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket

from ._endpoints import Hub
from ._spec import ChannelSpec, FrameError, RealtimeSpec

if TYPE_CHECKING:
    from .._app import MockCore


def mount(app: Starlette, core: MockCore) -> Hub:
    """Serve every channel of the AsyncAPI document on `app`; returns the hub (tests inspect it)."""
    spec = RealtimeSpec(json.loads(core.spec_json), core.settings.spec_dir)
    hub = Hub(core, spec)
    for channel in spec.channels:
        app.router.routes.append(
            WebSocketRoute(channel.address, _endpoint(hub, channel), name=f"realtime-{channel.key}")
        )
    app.state.realtime = hub
    return hub


def _endpoint(hub: Hub, channel: ChannelSpec) -> Callable[[WebSocket], Awaitable[None]]:
    async def serve(ws: WebSocket) -> None:
        if channel.role == "stream":
            await hub.stream(ws, channel)
        else:
            await hub.listen(ws, channel)

    return serve


__all__ = ["ChannelSpec", "FrameError", "Hub", "RealtimeSpec", "mount"]
