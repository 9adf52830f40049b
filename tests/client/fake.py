"""A scripted Symbl API for httpx.MockTransport: queue answers per route, record every request."""

from __future__ import annotations

import json
import re
from collections import defaultdict, deque
from collections.abc import Callable
from typing import Any

import httpx

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def js(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status, content=json.dumps(body).encode(), headers={"content-type": "application/json", **(headers or {})}
    )


class FakeSymbl:
    """Routes are 'METHOD regex'; each holds a queue of answers (the last one repeats)."""

    def __init__(self) -> None:
        self.routes: dict[str, deque[Answer]] = defaultdict(deque)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []
        self.tokens_issued = 0
        self.token_lifetime = 3600
        self.on("POST", r"/oauth2/token:generate", self._token)

    def _token(self, request: httpx.Request) -> httpx.Response:
        self.tokens_issued += 1
        return js(200, {"accessToken": f"token-{self.tokens_issued}", "expiresIn": self.token_lifetime})

    def on(self, method: str, path_regex: str, *answers: Answer) -> None:
        self.routes[f"{method} {path_regex}"].extend(answers)

    def calls(self, method: str, path_regex: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method and re.fullmatch(path_regex, r.url.path)]

    def handler(self, request: httpx.Request) -> httpx.Response:
        # A snapshot: the client re-sends the same Request object (e.g. after a token refresh).
        self.requests.append(httpx.Request(request.method, request.url, headers=request.headers.copy()))
        self.bodies.append(request.read())
        for key, answers in self.routes.items():
            method, regex = key.split(" ", 1)
            if method == request.method and re.fullmatch(regex, request.url.path):
                answer = answers.popleft() if len(answers) > 1 else answers[0]
                if isinstance(answer, Exception):
                    raise answer
                if callable(answer):
                    return answer(request)
                return answer
        return js(404, {"message": f"no route for {request.method} {request.url.path}"})

    async def ahandler(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self.handler(request)


class FakeTime:
    """An injectable clock whose sleep advances it, recording each sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
