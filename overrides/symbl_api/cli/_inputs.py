"""What the command line submits: a transcript file, a recording, or a URL, and how.

A text input is either a `.json` file holding the body of `submitText` exactly as the API takes
it, or a plain-text file with one message per line (`Speaker: words` names the speaker). Audio
and video are uploaded from a path or, for an http(s) URL, fetched by Symbl itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import models
from .._errors import InvalidArgumentError

AUDIO_SUFFIXES = frozenset({".wav", ".mp3", ".m4a", ".aac", ".flac", ".ogg", ".opus", ".amr", ".aiff", ".wma"})
VIDEO_SUFFIXES = frozenset({".mp4", ".mov", ".webm", ".mkv", ".avi"})
TEXT_SUFFIXES = frozenset({".txt", ".json"})
KINDS = ("text", "audio", "video")


@dataclass(frozen=True)
class Source:
    """One thing to process: `location` is a path or an http(s) URL."""

    kind: str
    location: str

    @property
    def is_url(self) -> bool:
        return self.location.startswith(("http://", "https://"))

    @property
    def display_name(self) -> str:
        return self.location.rstrip("/").rsplit("/", 1)[-1] if self.is_url else Path(self.location).name


def kind_of(location: str) -> str | None:
    """text, audio or video from the file name's suffix; None when it says nothing."""
    suffix = Path(location.split("?", 1)[0]).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in AUDIO_SUFFIXES:
        return "audio"
    if suffix in VIDEO_SUFFIXES:
        return "video"
    return None


def text_request(path: str, name: str) -> models.TextProcessRequest:
    """The submitText body for a transcript file (see the module docstring for the formats)."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidArgumentError("FILE", f"cannot read {path}: {error}") from error
    if path.lower().endswith(".json"):
        try:
            data: Any = json.loads(raw)
            request = models.TextProcessRequest.from_dict(data)
        except (ValueError, KeyError, TypeError) as error:
            raise InvalidArgumentError(
                "FILE",
                f"{path} is not a submitText body ({{'messages': [{{'payload': {{'content': ...}}}}]}}): {error}",
            ) from error
        if isinstance(request.name, str) and request.name:
            return request
        request.name = name
        return request
    messages = [_message(line) for line in raw.splitlines() if line.strip()]
    if not messages:
        raise InvalidArgumentError("FILE", f"{path} holds no text: write one message per line")
    return models.TextProcessRequest(name=name, messages=messages)


def _message(line: str) -> models.TextMessageInput:
    speaker, sep, content = line.partition(":")
    payload = models.TextMessagePayload
    if sep and speaker.strip() and len(speaker) <= 40 and content.strip() and " " not in speaker.strip():
        return models.TextMessageInput(
            payload=payload(content=content.strip()), from_=models.TextMessageSender(name=speaker.strip())
        )
    return models.TextMessageInput(payload=payload(content=line.strip()))


def collect(target: str) -> Iterator[Source]:
    """Every processable file of a folder (sorted, recursive), or every line of a list file."""
    path = Path(target)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            kind = kind_of(child.name)
            if kind is not None:
                yield Source(kind, str(child))
        return
    if not path.is_file():
        raise InvalidArgumentError("DIR_OR_LIST", f"{target} is neither a folder nor a list file")
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        kind = kind_of(entry)
        if kind is None:
            raise InvalidArgumentError(
                "DIR_OR_LIST", f"{target} line {number}: cannot tell text, audio or video from {entry!r} (suffix)"
            )
        location = entry if entry.startswith(("http://", "https://")) else str((path.parent / entry).resolve())
        yield Source(kind, location)


def submission(source: Source, name: str) -> tuple[str, dict[str, Any]]:
    """(method of `client.process`, its keyword arguments) that submits `source` as `name`."""
    if source.kind == "text":
        if source.is_url:
            raise InvalidArgumentError("FILE", f"{source.location}: text is read from a local file, not a URL")
        return "submit_text", {"body": text_request(source.location, name)}
    if source.kind not in KINDS:
        raise InvalidArgumentError("KIND", f"{source.kind!r} is not one of {', '.join(KINDS)}")
    if source.is_url:
        return f"submit_{source.kind}_url", {"body": models.MediaUrlProcessRequest(url=source.location, name=name)}
    if not Path(source.location).is_file():
        raise InvalidArgumentError("FILE", f"{source.location} does not exist or is not a file")
    return f"submit_{source.kind}", {"body": source.location, "name": name}
