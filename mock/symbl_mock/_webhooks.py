"""Job webhooks: POST {jobId, status} to a loopback `webhookUrl` on every status change.

Only URLs whose host is `localhost` or a loopback address are called; any other URL is
recorded as skipped and never contacted. One background thread watches the clock (so an
injected clock drives deliveries too) and posts each transition once, in order.
"""

from __future__ import annotations

import ipaddress
import logging
import threading
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from ._settings import MockSettings
from ._storage import Job

logger = logging.getLogger("symbl_mock.webhooks")
POLL_SECONDS = 0.02


def is_loopback_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class Delivery:
    url: str
    payload: dict[str, str]
    status_code: int | None = None
    error: str | None = None


@dataclass
class _Pending:
    job_id: str
    url: str
    transitions: list[tuple[float, str]]
    sent: int = 0


@dataclass
class WebhookDispatcher:
    settings: MockSettings
    deliveries: list[Delivery] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    _pending: list[_Pending] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _wake: threading.Event = field(default_factory=threading.Event)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def register(self, job: Job) -> None:
        url = job.webhook_url
        if not url:
            return
        if not is_loopback_url(url):
            logger.info("webhook %s for job %s skipped: the mock only calls loopback URLs", url, job.id)
            with self._lock:
                self.skipped.append(url)
            return
        with self._lock:
            self._pending.append(_Pending(job.id, url, job.transitions()))
            if self._thread is None or not self._thread.is_alive():
                self._stop.clear()
                self._thread = threading.Thread(target=self._run, name="symbl-mock-webhooks", daemon=True)
                self._thread.start()
        self._wake.set()

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)

    def idle(self) -> bool:
        with self._lock:
            return not self._pending

    def _due(self) -> list[tuple[str, dict[str, str]]]:
        now = self.settings.clock()
        due: list[tuple[str, dict[str, str]]] = []
        with self._lock:
            for entry in self._pending:
                while entry.sent < len(entry.transitions) and entry.transitions[entry.sent][0] <= now:
                    due.append((entry.url, {"jobId": entry.job_id, "status": entry.transitions[entry.sent][1]}))
                    entry.sent += 1
            self._pending = [e for e in self._pending if e.sent < len(e.transitions)]
        return due

    def _run(self) -> None:
        with httpx.Client(timeout=self.settings.webhook_timeout, trust_env=False) as client:
            while not self._stop.is_set():
                for url, payload in self._due():
                    delivery = Delivery(url, payload)
                    try:
                        delivery.status_code = client.post(url, json=payload).status_code
                    except httpx.HTTPError as exc:
                        delivery.error = f"{type(exc).__name__}: {exc}"
                        logger.warning("webhook %s for job %s failed: %s", url, payload["jobId"], delivery.error)
                    with self._lock:
                        self.deliveries.append(delivery)
                if self.idle():
                    self._wake.wait(timeout=0.5)
                    self._wake.clear()
                else:
                    self._stop.wait(POLL_SECONDS)
