"""The real-time half of the spec as the mock uses it: channels, frame recognition, validation.

Channels and messages come from the table generated from spec/asyncapi.yaml
(`_symbl_api_generated._realtime`, the one the client reads too, shipped in the same wheel);
payloads are validated against their schemas, which live in the OpenAPI document's components
(the AsyncAPI messages refer to them there), so an installed mock needs nothing else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

from _symbl_api_generated._realtime import CHANNELS, MATCH_PATHS, MESSAGES, Message


@dataclass(frozen=True)
class ChannelSpec:
    key: str
    address: str
    role: str
    sends: tuple[str, ...]
    receives: tuple[str, ...]


class FrameError(Exception):
    """A client frame the mock refuses: `code` is the close code that follows the error frame."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class RealtimeSpec:
    """Channels and messages of the generated table, with one validator per payload schema."""

    def __init__(self, openapi: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = openapi["components"]["schemas"]
        self.channels = [ChannelSpec(c.key, c.address, c.role, c.sends, c.receives) for c in CHANNELS.values()]
        self.messages: dict[str, Message] = dict(MESSAGES)
        self._by_key = {self._key_of(m): m for m in MESSAGES.values() if not m.binary}
        audio = [m for m in MESSAGES.values() if m.binary and m.direction == "client"]
        self.max_audio_bytes = (audio[0].max_bytes or 8192) if audio else 8192
        self._validators: dict[str, Draft202012Validator] = {}

    @staticmethod
    def _key_of(message: Message) -> tuple[Any, ...]:
        values = dict(message.match)
        return tuple(values.get(path) for path in MATCH_PATHS)

    @staticmethod
    def key(frame: dict[str, Any]) -> tuple[Any, ...]:
        out = []
        for path in MATCH_PATHS:
            node: Any = frame
            for step in path:
                node = node.get(step) if isinstance(node, dict) else None
            out.append(node if isinstance(node, str) else None)
        return tuple(out)

    def identify(self, frame: Any) -> Message | None:
        """The message a decoded frame is, or None when the spec has no such message."""
        if not isinstance(frame, dict):
            return None
        return self._by_key.get(self.key(frame))

    def validator(self, schema_name: str) -> Draft202012Validator:
        found = self._validators.get(schema_name)
        if found is None:
            root = {"$ref": f"#/components/schemas/{schema_name}", "components": {"schemas": self.schemas}}
            found = self._validators[schema_name] = Draft202012Validator(root)
        return found

    def problems(self, message: Message, frame: Any) -> str | None:
        """Why `frame` does not fit `message`'s payload schema, or None."""
        assert message.payload is not None
        error = best_match(self.validator(message.payload).iter_errors(frame))
        if error is None:
            return None
        where = "/".join(str(p) for p in error.absolute_path) or "(the frame)"
        return f"{where}: {error.message[:200]}"

    def parse_client_text(self, text: str, allowed: tuple[str, ...]) -> tuple[Message, dict[str, Any]]:
        """(message, frame) for a client text frame; FrameError naming the problem otherwise."""
        try:
            frame = json.loads(text)
        except ValueError as exc:
            raise FrameError(
                1007, f'the frame is not valid JSON ({exc}); send a JSON object such as {{"type": "start_request"}}'
            ) from None
        if not isinstance(frame, dict):
            raise FrameError(1007, "the frame is not a JSON object; send an object with a 'type' field")
        message = self.identify(frame)
        if message is None or message.name not in allowed:
            names = ", ".join(n for n in allowed if not self.messages[n].binary)
            got = ".".join(str(v) for v in self.key(frame) if v is not None) or "(no type)"
            raise FrameError(1008, f"unknown message type {got!r} on this channel; expected one of {names}")
        problem = self.problems(message, frame)
        if problem is not None:
            raise FrameError(1007, f"invalid {message.name}: {problem}")
        return message, frame

    def server_problems(self, frame: dict[str, Any]) -> str | None:
        """Why a frame the mock is about to send breaks the spec, or None (used by tests)."""
        message = self.identify(frame)
        if message is None or message.direction != "server":
            return f"no server message in the spec matches {self.key(frame)}"
        return self.problems(message, frame)
