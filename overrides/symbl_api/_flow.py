"""Sync and async written once: a flow is a generator that yields what to do next.

A flow yields `Sleep(seconds)` to wait, or any other value as an argument for the driver's
`call` (send this request, fetch this page, fetch a token). The driver sends back the call's
result, or throws the exception the call raised into the flow, which decides what it means
(retry, give up, raise a typed error). The retry, polling, paging and token loops are flows;
`run` and `arun` are their only drivers, so every fix lands in both flavours at once.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

R = TypeVar("R")
A = TypeVar("A")


@dataclass(frozen=True)
class Sleep:
    seconds: float


Flow = Generator[A | Sleep, Any, R]


def run(flow: Flow[A, R], call: Callable[[A], Any], sleep: Callable[[float], None]) -> R:
    """Drive a flow synchronously."""
    reply: Any = None
    error: BaseException | None = None
    while True:
        try:
            step = flow.throw(error) if error is not None else flow.send(reply)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        reply, error = None, None
        if isinstance(step, Sleep):
            sleep(step.seconds)
            continue
        try:
            reply = call(step)
        except Exception as exc:
            error = exc


async def arun(flow: Flow[A, R], call: Callable[[A], Awaitable[Any]], sleep: Callable[[float], Awaitable[None]]) -> R:
    """Drive a flow asynchronously (the same flow `run` drives)."""
    reply: Any = None
    error: BaseException | None = None
    while True:
        try:
            step = flow.throw(error) if error is not None else flow.send(reply)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        reply, error = None, None
        if isinstance(step, Sleep):
            await sleep(step.seconds)
            continue
        try:
            reply = await call(step)
        except Exception as exc:
            error = exc
