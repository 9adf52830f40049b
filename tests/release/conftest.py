"""A real pypiserver on loopback with htpasswd auth, the client published to it once per session,
and a fresh virtualenv that installs the client from that index only."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import tomllib
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

with warnings.catch_warnings():
    # passlib imports the standard library's deprecated `crypt`; nothing here uses it.
    warnings.simplefilter("ignore", DeprecationWarning)
    from passlib.apache import HtpasswdFile  # type: ignore[import-untyped]

from generator.bundle import ROOT

USER = "releaser"
PASSWORD = "s3cret-Idx-7f2q"
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Index:
    url: str
    packages: Path

    @property
    def simple(self) -> str:
        return f"{self.url}simple/"


@dataclass(frozen=True)
class Published:
    index: Index
    dist: Path
    result: subprocess.CompletedProcess[str]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def start_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[Path], Index]]:
    """Factory: a pypiserver on 127.0.0.1 serving `packages`, uploads only with USER/PASSWORD."""
    servers: list[subprocess.Popen[bytes]] = []
    htpasswd = tmp_path_factory.mktemp("auth") / "htpasswd"
    users = HtpasswdFile(str(htpasswd), new=True)
    users.set_password(USER, PASSWORD)
    users.save()

    def start(packages: Path) -> Index:
        port = _free_port()
        log = (packages.parent / f"pypiserver-{port}.log").open("wb")
        server = subprocess.Popen(
            # --disable-fallback: a name the index lacks must fail, never come from the public index.
            [
                *(str(BIN / "pypi-server"), "run", "-p", str(port), "-i", "127.0.0.1"),
                *("-a", "update", "-P", str(htpasswd), "--disable-fallback", str(packages)),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        servers.append(server)
        url = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"{url}simple/", timeout=1).status_code == 200:
                    return Index(url=url, packages=packages)
            except httpx.HTTPError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"pypiserver did not start: see {log.name}")
            time.sleep(0.05)

    yield start
    for server in servers:
        server.terminate()
    for server in servers:
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def publish_env(index: Index, *, password: str = PASSWORD) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INDEX_", "TWINE_"))}
    env.update(INDEX_URL=index.url, INDEX_USER=USER, INDEX_PASSWORD=password)
    return env


def run_release(
    *args: str, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "release", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="session")
def published(start_index: Callable[[Path], Index], tmp_path_factory: pytest.TempPathFactory) -> Published:
    """The runtime dependencies downloaded into the index's folder, then `python -m release publish`
    (dist/ in a temp folder, so publish builds it first)."""
    packages = tmp_path_factory.mktemp("index") / "packages"
    packages.mkdir()
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--only-binary=:all:"),
            *("--dest", str(packages), "-c", str(ROOT / "constraints.txt"), *dependencies),
        ],
        check=True,
        capture_output=True,
    )
    index = start_index(packages)
    dist = tmp_path_factory.mktemp("release") / "dist"
    result = run_release("publish", "--dist", str(dist), env=publish_env(index))
    return Published(index=index, dist=dist, result=result)


@pytest.fixture(scope="session")
def fresh_venv(published: Published, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtualenv with the client installed from the internal index and nothing else."""
    assert published.result.returncode == 0, published.result.stderr
    return install_from_index(published, tmp_path_factory.mktemp("consumer") / "venv", "acme-symbl-api-client")


def install_from_index(published: Published, venv: Path, *requirements: str) -> Path:
    """A new virtualenv at `venv` with `requirements` installed from the internal index only."""
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    # Only the internal index: no machine-wide pip configuration, no extra index, no find-links.
    env["PIP_CONFIG_FILE"] = os.devnull
    done = subprocess.run(
        [
            *(str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"),
            *("--no-cache-dir", "--index-url", published.index.simple, *requirements),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return venv
