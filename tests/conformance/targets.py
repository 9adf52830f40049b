"""What a conformance run talks to: the mock in-process, or an API at a base URL."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from generator.tables import iter_operations


@dataclass
class Target:
    token: str
    app: Any = None  # the mock, in-process
    base_url: str | None = None  # a live API (or the mock standing in for it)
    renew: Callable[[], str] | None = None  # a fresh token (the token operations may revoke ours)

    @property
    def is_live(self) -> bool:
        return self.base_url is not None


def mock_token(app: Any, app_id: str, app_secret: str) -> str:
    async def fetch() -> str:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://mock.test") as client:
            answer = await client.post(
                "/oauth2/token:generate", json={"type": "application", "appId": app_id, "appSecret": app_secret}
            )
            answer.raise_for_status()
            return str(answer.json()["accessToken"])

    return asyncio.run(fetch())


def fetch_token(base_url: str, app_id: str, app_secret: str) -> str:
    from symbl_api import Symbl, models

    with Symbl(base_url=base_url, app_id=app_id, app_secret=app_secret) as client:
        return client.auth.generate_token(body=models.TokenRequest(app_id=app_id, app_secret=app_secret)).access_token


def example_credentials(spec: dict[str, Any]) -> dict[str, str]:
    """The app id and secret of the token request's example, so that the examples phase gets a token."""
    for _, _, op in iter_operations(spec):
        if op.get("security") != []:
            continue
        for media in ((op.get("requestBody") or {}).get("content") or {}).values():
            example = media.get("example") or {}
            if {"appId", "appSecret"} <= set(example):
                return {"app_id": str(example["appId"]), "app_secret": str(example["appSecret"])}
    return {}


def new_mock(spec: dict[str, Any]) -> tuple[Any, Callable[[], str]]:
    """A fresh in-process mock whose jobs finish at once and which never throttles, and how to get a token."""
    from symbl_mock import MockSettings, create_app

    settings = MockSettings.from_env({}, strict=True, job_seconds=0.0, max_jobs=1_000_000, **example_credentials(spec))
    app = create_app(settings)
    return app, lambda: mock_token(app, settings.app_id, settings.app_secret)


def live_token(env: Mapping[str, str]) -> tuple[str, str] | None:
    """(BASE_URL, token) when the environment names a live API, None for the mock."""
    base_url = env.get("BASE_URL")
    if not base_url:
        return None
    if not env.get("SYMBL_ACCESS_TOKEN") and not (env.get("SYMBL_APP_ID") and env.get("SYMBL_APP_SECRET")):
        raise SystemExit(
            f"conformance against {base_url} needs credentials: set SYMBL_APP_ID and SYMBL_APP_SECRET"
            " (or SYMBL_ACCESS_TOKEN). Nothing was run."
        )
    return base_url, env.get("SYMBL_ACCESS_TOKEN") or fetch_token(
        base_url, env["SYMBL_APP_ID"], env["SYMBL_APP_SECRET"]
    )


@contextlib.contextmanager
def api_target(spec: dict[str, Any], env: Mapping[str, str]) -> Iterator[Target]:
    """The live API the environment names, or a fresh mock in-process."""
    live = live_token(env)
    if live is not None:
        yield Target(token=live[1], base_url=live[0])
        return
    app, renew = new_mock(spec)
    yield Target(token=renew(), app=app, renew=renew)


@contextlib.contextmanager
def served(env: Mapping[str, str] | None = None) -> Iterator[tuple[str, str]]:
    """(base URL, token) over HTTP, for checks that need a real server (WebSockets): the live API
    the environment names, or the mock (strict) on loopback."""
    live = live_token(os.environ if env is None else env)
    if live is not None:
        yield live
        return
    from symbl_mock import MockSettings, running_mock

    with running_mock(MockSettings.from_env(strict=True)) as mock:
        print(f"mock Symbl API on {mock.url}", flush=True)
        yield mock.url, fetch_token(mock.url, mock.settings.app_id, mock.settings.app_secret)
