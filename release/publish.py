"""`python -m release publish`: upload dist/ to the internal index, refusing what must not go out.

Refuses, each with a message saying what to do: missing index settings; a stale generated/
(`python -m generator check`); a dist/ built from another version or another source tree; a
version the index already holds. Builds dist/ first when it holds no distribution.

Credentials come from INDEX_URL / INDEX_USER / INDEX_PASSWORD, else TWINE_REPOSITORY_URL /
TWINE_USERNAME / TWINE_PASSWORD (without a password twine asks the keyring). They reach twine
through its environment only: never its argv (visible in `ps`), never printed, logged or written
to a file; twine's own output is passed on with the password and URL credentials masked.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx
from packaging.utils import InvalidSdistFilename, InvalidWheelFilename, parse_sdist_filename, parse_wheel_filename
from packaging.version import Version

from generator.bundle import ROOT
from generator.driver import PACKAGE_NAME

DISTRIBUTION = "acme-symbl-api-client"
FILE_PREFIX = "acme_symbl_api_client-"
# Wheel folder → source folder, as pyproject's [tool.hatch.build.targets.wheel] packages.
PACKAGE_SOURCES = {"symbl_api": Path("overrides/symbl_api"), PACKAGE_NAME: Path("generated") / PACKAGE_NAME}
REDACTED = "<redacted>"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_CREDENTIAL_VARIABLES = {
    *("INDEX_URL", "INDEX_SIMPLE_URL", "INDEX_USER", "INDEX_PASSWORD"),
    *("TWINE_REPOSITORY", "TWINE_REPOSITORY_URL", "TWINE_USERNAME", "TWINE_PASSWORD"),
}
# This workflow feeds an internal index; the internal code must never land on the public one.
PUBLIC_INDEX_HOSTS = {"pypi.org", "upload.pypi.org", "test.pypi.org", "files.pythonhosted.org"}


class PublishError(Exception):
    """Publishing was refused or failed; the message says why and what to do."""


@dataclass(frozen=True, repr=False)
class IndexSettings:
    """Where to upload and as whom. repr() shows neither the password nor credentials in a URL."""

    upload_url: str
    simple_url: str
    username: str | None
    password: str | None

    def __repr__(self) -> str:
        return f"IndexSettings(upload_url={safe_url(self.upload_url)!r}, simple_url={safe_url(self.simple_url)!r}, username={self.username!r})"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> IndexSettings:
        url = env.get("INDEX_URL") or env.get("TWINE_REPOSITORY_URL")
        if not url:
            raise PublishError(
                "no index configured: set INDEX_URL to the index's upload URL (for pypiserver its root,"
                " e.g. http://pypi.internal:8080/) and INDEX_USER / INDEX_PASSWORD, or the TWINE_* variables"
            )
        if (urlsplit(url).hostname or "").lower() in PUBLIC_INDEX_HOSTS:
            raise PublishError(
                f"{safe_url(url)} is the public index: this client is internal and is published to the internal"
                " index only; set INDEX_URL to that index's upload URL"
            )
        username = env.get("INDEX_USER") or env.get("TWINE_USERNAME")
        password = env.get("INDEX_PASSWORD") or env.get("TWINE_PASSWORD")
        if not username:
            raise PublishError("no user name: set INDEX_USER (or TWINE_USERNAME) for the index")
        simple = env.get("INDEX_SIMPLE_URL") or url.rstrip("/") + "/simple/"
        return cls(upload_url=url, simple_url=simple.rstrip("/") + "/", username=username, password=password)

    def redact(self, text: str) -> str:
        """`text` with the password and any credentials embedded in a URL masked."""
        if self.password:
            text = text.replace(self.password, REDACTED)
        return re.sub(r"(?<=://)[^/@\s]+@", f"{REDACTED}@", text)

    @property
    def safe_upload_url(self) -> str:
        return safe_url(self.upload_url)


def safe_url(url: str) -> str:
    """`url` without user:password@."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def read_version(repo: Path) -> str:
    """`__version__` of the committed generated package (the spec's info.version), without importing it."""
    meta = repo / PACKAGE_SOURCES[PACKAGE_NAME] / "_meta.py"
    for node in ast.parse(meta.read_text(encoding="utf-8")).body:
        names = [t.id for t in node.targets if isinstance(t, ast.Name)] if isinstance(node, ast.Assign) else []
        if "__version__" in names and isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            return str(node.value.value)
    raise PublishError(f"{meta} has no __version__: run `make generate`")


def check_generated(repo: Path) -> None:
    """Refuse when generated/ is not what spec/ + generator/ produce."""
    done = subprocess.run(
        [sys.executable, "-m", "generator", "check"], cwd=repo, capture_output=True, text=True, check=False
    )
    if done.returncode == 0:
        return
    # The generator's diff names files relative to the package folder ("--- generated/client.py").
    marker = "--- generated/"
    stale = sorted(
        {
            f"generated/{PACKAGE_NAME}/{line[len(marker) :].split()[0]}"
            for line in done.stdout.splitlines()
            if line.startswith(marker)
        }
    )
    listed = "".join(f"\n  {name}" for name in stale[:20]) + ("\n  ..." if len(stale) > 20 else "")
    detail = listed or "\n" + (done.stderr or done.stdout).strip()
    raise PublishError(
        "generated/ is stale: it is not what spec/ and generator/ produce, so the package would not match the spec."
        f"{detail}\nRun `make generate`, commit spec/ and generated/ together, then `make build` and publish again."
    )


def _distributions(dist: Path) -> list[Path]:
    return sorted(p for p in dist.glob(f"{FILE_PREFIX}*") if p.suffix == ".whl" or p.name.endswith(".tar.gz"))


def build_dist(repo: Path, dist: Path) -> None:
    """What `make build` does: sdist + wheel into `dist`, checked by `twine check --strict`."""
    print(f"publish: {dist} holds no distribution; building it first (as `make build`)", file=sys.stderr)
    build = [sys.executable, "-m", "build", "--quiet", "--outdir", str(dist), str(repo)]
    _run_step(build, repo)
    _run_step([str(Path(sys.executable).parent / "twine"), "check", "--strict", *map(str, _distributions(dist))], repo)


def _run_step(command: list[str], cwd: Path) -> None:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        shown = " ".join(Path(command[0]).name if i == 0 else a for i, a in enumerate(command[:4]))
        raise PublishError(f"`{shown} ...` failed:\n{(done.stdout + done.stderr).strip()}")


def _file_version(name: str) -> Version | None:
    try:
        if name.endswith(".whl"):
            return parse_wheel_filename(name)[1]
        return parse_sdist_filename(name)[1]
    except (InvalidWheelFilename, InvalidSdistFilename):
        return None


def check_dist(repo: Path, dist: Path, version: str) -> list[Path]:
    """The wheel and sdist of `version`, refusing a dist/ of another version or another tree."""
    files = _distributions(dist)
    others = [p.name for p in files if _file_version(p.name) != Version(version)]
    wheels = [p for p in files if p.suffix == ".whl" and p.name not in others]
    sdists = [p for p in files if p.name.endswith(".tar.gz") and p.name not in others]
    if others or len(wheels) != 1 or len(sdists) != 1:
        raise PublishError(
            f"{dist} should hold exactly one wheel and one sdist of version {version}, but holds:"
            f" {', '.join(p.name for p in files) or 'nothing'}. Run `make build` (it empties dist/ first)."
        )
    with zipfile.ZipFile(wheels[0]) as wheel:
        packed = {n: wheel.read(n) for n in wheel.namelist() if n.split("/", 1)[0] in PACKAGE_SOURCES}
    on_disk = {
        f"{package}/{path.relative_to(repo / source).as_posix()}": path.read_bytes()
        for package, source in PACKAGE_SOURCES.items()
        for path in sorted((repo / source).rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }
    differ = sorted(n for n in set(packed) | set(on_disk) if packed.get(n) != on_disk.get(n))
    if differ:
        raise PublishError(
            f"{wheels[0].name} was built from another source tree ({', '.join(differ[:5])}"
            f"{' ...' if len(differ) > 5 else ''} differ): run `make build` and publish again."
        )
    return [wheels[0], sdists[0]]


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href") if tag == "a" else None
        if href:
            self.names.append(href.split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1])


def versions_on_index(settings: IndexSettings) -> tuple[dict[Version, list[str]], str | None]:
    """Versions of the distribution the index holds (with their files), and a warning if any."""
    url = urljoin(settings.simple_url, f"{DISTRIBUTION}/")
    shown = safe_url(url)
    try:
        # No redirects: pypiserver sends projects it lacks to the public index, whose answer
        # for this name says nothing about ours.
        with httpx.Client(timeout=30, follow_redirects=False) as http:
            response = http.get(url, headers={"Accept": "text/html"})
            if response.status_code in (401, 403) and settings.password:
                response = http.get(
                    url, headers={"Accept": "text/html"}, auth=(settings.username or "", settings.password)
                )
    except httpx.HTTPError as exc:
        raise PublishError(f"cannot reach the index at {shown}: {settings.redact(str(exc))}") from exc
    if response.is_redirect:
        target = safe_url(response.headers.get("location", "?"))
        warning = (
            f"the index redirects {DISTRIBUTION}, which it does not hold, to {target}: it falls back to another"
            " index for names it lacks (pypiserver without --disable-fallback), which is how dependency"
            " confusion happens; consider disabling that fallback."
        )
        return {}, warning
    if response.status_code == 404:
        return {}, None
    if response.status_code in (401, 403):
        raise PublishError(
            f"the index refused to list {shown} (HTTP {response.status_code}): check INDEX_USER / INDEX_PASSWORD"
        )
    if response.status_code != 200:
        raise PublishError(f"unexpected answer from {shown}: HTTP {response.status_code}")
    parser = _Links()
    parser.feed(response.text)
    found: dict[Version, list[str]] = {}
    for name in parser.names:
        version = _file_version(name)
        if version is not None:
            found.setdefault(version, []).append(name)
    return found, None


def upload(settings: IndexSettings, files: list[Path], env: Mapping[str, str], version: str) -> None:
    """`twine upload` with the credentials in its environment; output passed on, masked."""
    # Our variables replace twine's own; others (TWINE_CERT, proxies) pass through.
    child = {k: v for k, v in env.items() if k not in _CREDENTIAL_VARIABLES}
    child["NO_COLOR"] = "1"
    child["TWINE_REPOSITORY_URL"] = settings.upload_url
    if settings.username:
        child["TWINE_USERNAME"] = settings.username
    if settings.password:
        child["TWINE_PASSWORD"] = settings.password
    twine = Path(sys.executable).parent / "twine"
    command = [str(twine), "upload", "--non-interactive", "--disable-progress-bar", *map(str, files)]
    done = subprocess.run(command, env=child, capture_output=True, text=True, check=False)
    output = settings.redact(_ANSI.sub("", done.stdout + done.stderr).strip())
    if done.returncode == 0:
        if output:
            print(output, file=sys.stderr)
        return
    if output:
        print(output, file=sys.stderr)
    status = re.search(r"HTTPError: (\d{3})", output)
    code = status.group(1) if status else None
    if code in ("401", "403"):
        raise PublishError(
            f"the index at {settings.safe_upload_url} refused the credentials of user '{settings.username}'"
            f" (HTTP {code}): check INDEX_USER and INDEX_PASSWORD (or TWINE_USERNAME / TWINE_PASSWORD)"
        )
    if code in ("400", "409"):
        # twine does not show the reason; pypiserver says 400 for a file it already has.
        held, _ = versions_on_index(settings)
        if Version(version) in held:
            raise PublishError(
                f"the index already holds {DISTRIBUTION} {version} (HTTP {code}: another upload got there first?)"
                " and never replaces a published file: bump info.version and publish again"
            )
    raise PublishError(f"twine upload failed (exit {done.returncode}); its output is above")


def publish(repo: Path, dist: Path, env: Mapping[str, str]) -> str:
    """Run every check, then upload; return the version published."""
    settings = IndexSettings.from_env(env)
    check_generated(repo)
    version = read_version(repo)
    if not _distributions(dist):
        build_dist(repo, dist)
    files = check_dist(repo, dist, version)
    held, warning = versions_on_index(settings)
    if warning:
        print(f"publish: warning: {warning}", file=sys.stderr)
    if Version(version) in held:
        raise PublishError(
            f"{DISTRIBUTION} {version} is already on the index at {safe_url(settings.simple_url)}"
            f" ({', '.join(sorted(held[Version(version)]))}). A published version is never replaced:"
            " bump info.version in spec/openapi.yaml (`make spec-diff` says which bump), then"
            " `make generate`, `make build` and publish again."
        )
    print(f"publish: uploading {', '.join(p.name for p in files)} to {settings.safe_upload_url}", file=sys.stderr)
    upload(settings, files, env, version)
    return version


def main(*, repo: Path = ROOT, dist: Path | None = None) -> int:
    dist = dist or repo / "dist"
    try:
        version = publish(repo, dist, os.environ)
    except PublishError as exc:
        print(f"publish: refused: {exc}", file=sys.stderr)
        return 1
    settings = IndexSettings.from_env(os.environ)
    print(
        f"publish: {DISTRIBUTION} {version} is on {settings.safe_upload_url}\n"
        f"  install: pip install --index-url {safe_url(settings.simple_url)} {DISTRIBUTION}=={version}\n"
        f"  tag the release: git tag v{version} && git push origin v{version}"
    )
    return 0


__all__ = ["IndexSettings", "PublishError", "check_dist", "check_generated", "main", "publish", "versions_on_index"]
