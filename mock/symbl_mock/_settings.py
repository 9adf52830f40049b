"""Configuration of the mock: credentials, job timing, limits, fault injection, clock."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_APP_ID = "mock-app-id"
DEFAULT_APP_SECRET = "mock-app-secret"


class SettingsError(ValueError):
    """A setting (usually an environment variable) has an unusable value; the message names it."""


@dataclass(frozen=True)
class FaultSettings:
    """Seeded fault injection, off unless a rate or latency is set.

    `latency` seconds are added to every request; `rate429`, `rate5xx`, `rate503` and `drop`
    are probabilities (0..1) of answering 429 with `Retry-After`, answering 500 or 503, or
    closing the connection without a response. `after` is the share of 5xx and drops that
    happen after the mock acted on the request (see `_faults`).
    """

    seed: int = 0
    latency: float = 0.0
    rate429: float = 0.0
    rate5xx: float = 0.0
    drop: float = 0.0
    retry_after: int = 1
    rate503: float = 0.0
    after: float = 0.0

    @property
    def enabled(self) -> bool:
        return self.latency > 0 or self.rate429 > 0 or self.rate5xx > 0 or self.drop > 0 or self.rate503 > 0

    @classmethod
    def parse(cls, text: str) -> FaultSettings:
        """Parse `seed=1,latency=0.05,rate429=0.1,rate5xx=0.05,drop=0.01` ("" or "off" disables)."""
        text = text.strip()
        if text.lower() in ("", "off", "none", "0", "false"):
            return cls()
        values: dict[str, Any] = {}
        known = {
            "seed": int,
            "latency": float,
            "rate429": float,
            "rate5xx": float,
            "drop": float,
            "retry_after": int,
            "rate503": float,
            "after": float,
        }
        for item in text.split(","):
            if not item.strip():
                continue
            key, sep, raw = item.partition("=")
            key = key.strip().replace("-", "_")
            if not sep or key not in known:
                raise SettingsError(
                    f"SYMBL_MOCK_FAULTS: cannot read {item.strip()!r}; expected key=value with keys {', '.join(known)}"
                )
            try:
                values[key] = known[key](raw.strip())
            except ValueError as exc:
                raise SettingsError(f"SYMBL_MOCK_FAULTS: {key}={raw.strip()!r} is not a number") from exc
        for key in ("rate429", "rate5xx", "drop", "rate503", "after"):
            if key in values and not 0.0 <= values[key] <= 1.0:
                raise SettingsError(f"SYMBL_MOCK_FAULTS: {key} must be a probability between 0 and 1")
        if values.get("latency", 0.0) < 0:
            raise SettingsError("SYMBL_MOCK_FAULTS: latency must not be negative")
        return cls(**values)


def _float_env(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise SettingsError(f"{name}={raw!r} is not a number") from exc
    if value < 0:
        raise SettingsError(f"{name} must not be negative (got {raw})")
    return value


def _int_env(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise SettingsError(f"{name}={raw!r} is not an integer") from exc
    if value < 1:
        raise SettingsError(f"{name} must be at least 1 (got {raw})")
    return value


@dataclass
class MockSettings:
    """Everything that configures one mock instance.

    `from_env()` reads SYMBL_APP_ID / SYMBL_APP_SECRET (defaults `mock-app-id` /
    `mock-app-secret`), SYMBL_MOCK_APPS, SYMBL_MOCK_JOB_SECONDS, SYMBL_MOCK_TOKEN_SECONDS,
    SYMBL_MOCK_MAX_JOBS, SYMBL_MOCK_FAULTS, SYMBL_MOCK_PUBLIC_URL, SYMBL_MOCK_HEADER_TIMEOUT,
    SYMBL_MOCK_BODY_TIMEOUT and SYMBL_MOCK_STRICT (see mock/README.md). `clock` returns epoch seconds; tests replace it to drive jobs and token
    expiry. `spec` lets tests serve a modified spec; by default spec/ is bundled at start.
    """

    app_id: str = DEFAULT_APP_ID
    app_secret: str = DEFAULT_APP_SECRET
    job_seconds: float = 2.0
    token_seconds: int = 86400
    max_jobs: int = 50
    faults: FaultSettings = field(default_factory=FaultSettings)
    clock: Callable[[], float] = time.time
    credentials_source: str = "defaults"
    spec: dict[str, Any] | None = None
    spec_dir: Path | None = None
    max_json_bytes: int = 1024 * 1024
    max_upload_bytes: int = 512 * 1024 * 1024
    webhook_timeout: float = 2.0
    id_seed: int | None = None
    # More accounts besides app_id/app_secret: appId -> appSecret (SYMBL_MOCK_APPS). Each app has
    # its own conversations, jobs, tokens, trackers, entities, groups, bookmarks and settings.
    apps: dict[str, str] = field(default_factory=dict)
    # Base of the URLs the mock hands out (eventUrl, resultWebSocketUrl); by default the address
    # the request arrived on. Never taken from the Host header.
    public_url: str | None = None
    # Seconds a client may take to send its request headers, and to send each part of a body.
    header_timeout: float = 10.0
    body_timeout: float = 30.0
    # By default JSON bodies are read as Symbl reads them (string booleans, null optional fields,
    # ...: see _lenient.py). Strict refuses everything the spec refuses (for conformance fuzzing).
    strict: bool = False

    def accounts(self) -> dict[str, str]:
        """Every app the mock serves: appId -> appSecret, the primary `app_id` first."""
        return {self.app_id: self.app_secret, **{k: v for k, v in self.apps.items() if k != self.app_id}}

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> MockSettings:
        """Settings from environment variables (see the class docstring); keyword arguments win."""
        env = os.environ if env is None else env
        app_id = env.get("SYMBL_APP_ID") or ""
        app_secret = env.get("SYMBL_APP_SECRET") or ""
        if app_id and app_secret:
            source = "environment (SYMBL_APP_ID / SYMBL_APP_SECRET)"
        elif app_id or app_secret:
            missing = "SYMBL_APP_SECRET" if app_id else "SYMBL_APP_ID"
            source = f"environment, with the default for the unset {missing}"
        else:
            source = f"defaults (SYMBL_APP_ID={DEFAULT_APP_ID}, SYMBL_APP_SECRET={DEFAULT_APP_SECRET})"
        apps = parse_apps(env.get("SYMBL_MOCK_APPS", ""))
        if apps and not app_id:
            app_id, app_secret = next(iter(apps.items()))
            source = "SYMBL_MOCK_APPS"
        values: dict[str, Any] = {
            "apps": apps,
            "public_url": (env.get("SYMBL_MOCK_PUBLIC_URL") or "").rstrip("/") or None,
            "app_id": app_id or DEFAULT_APP_ID,
            "app_secret": app_secret or DEFAULT_APP_SECRET,
            "job_seconds": _float_env(env, "SYMBL_MOCK_JOB_SECONDS", 2.0),
            "token_seconds": _int_env(env, "SYMBL_MOCK_TOKEN_SECONDS", 86400),
            "max_jobs": _int_env(env, "SYMBL_MOCK_MAX_JOBS", 50),
            "faults": FaultSettings.parse(env.get("SYMBL_MOCK_FAULTS", "")),
            "header_timeout": _float_env(env, "SYMBL_MOCK_HEADER_TIMEOUT", 10.0),
            "body_timeout": _float_env(env, "SYMBL_MOCK_BODY_TIMEOUT", 30.0),
            "strict": (env.get("SYMBL_MOCK_STRICT") or "").strip().lower() in ("1", "true", "yes", "on"),
            "credentials_source": source,
        }
        values.update(overrides)
        return cls(**values)


def parse_apps(text: str) -> dict[str, str]:
    """`id1:secret1,id2:secret2`, or the path of a file with one `appId:appSecret` per line
    (`#` comments and blank lines allowed)."""
    text = text.strip()
    if not text:
        return {}
    where = "SYMBL_MOCK_APPS"
    if ":" not in text.split(",")[0] or Path(text).is_file():
        path = Path(text)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise SettingsError(f"SYMBL_MOCK_APPS: cannot read the file {text!r}: {exc.strerror}") from None
        where = f"SYMBL_MOCK_APPS file {path}"
        entries = [line.strip() for line in text.splitlines()]
    else:
        entries = [item.strip() for item in text.split(",")]
    apps: dict[str, str] = {}
    for entry in entries:
        if not entry or entry.startswith("#"):
            continue
        app_id, sep, secret = entry.partition(":")
        if not sep or not app_id.strip() or not secret.strip():
            raise SettingsError(f"{where}: {entry!r} is not appId:appSecret")
        if app_id.strip() in apps:
            raise SettingsError(f"{where}: appId {app_id.strip()!r} is listed twice")
        apps[app_id.strip()] = secret.strip()
    return apps
