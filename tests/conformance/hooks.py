"""schemathesis hooks: how to send the binary media types the spec declares for uploads."""

from __future__ import annotations

import schemathesis

from generator.bundle import load_spec
from generator.tables import iter_operations


def _binary_media_types() -> list[str]:
    found: set[str] = set()
    spec = load_spec()
    bodies = spec["components"].get("requestBodies", {})
    for _, _, op in iter_operations(spec):
        body = op.get("requestBody") or {}
        if "$ref" in body:
            body = bodies[body["$ref"].rsplit("/", 1)[-1]]
        found.update(t for t, m in (body.get("content") or {}).items() if m.get("schema", {}).get("format") == "binary")
    return sorted(found)


# Uploads are raw bytes whatever their declared audio/video type.
schemathesis.serializer.alias(_binary_media_types(), "application/octet-stream")
