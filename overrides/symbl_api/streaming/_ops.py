"""What the streaming flows ask their driver to do (`Open`, `SendText`, `SendBinary`, `Receive`,
`Sleep`, `Reconnect`, `CloseSocket`, `GetToken`) and what a driver answers for a closed socket."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class GetToken:
    """Answered with the current access token; with `stale`, a token other than that one if possible."""

    stale: str | None = None


@dataclass(frozen=True)
class Open:
    """Answered with None once open, or with the exception that prevented it."""

    url: str
    headers: dict[str, str]
    subprotocols: list[str]


@dataclass(frozen=True)
class SendText:
    text: str


@dataclass(frozen=True)
class SendBinary:
    data: bytes


@dataclass(frozen=True)
class Receive:
    timeout: float | None


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Closed:
    """What a driver answers when the socket is closed (code None: no close frame)."""

    code: int | None
    reason: str


@dataclass(frozen=True)
class Reconnect:
    """Run `reconnect_flow` unless another sender or reader already did since `generation`."""

    generation: int
    closed: Closed


@dataclass(frozen=True)
class CloseSocket:
    code: int = 1000


TIMEOUT = object()
Op = GetToken | Open | SendText | SendBinary | Receive | Sleep | Reconnect | CloseSocket
Flow = Generator[Op, Any, Any]
