"""Replay recorded exchanges against the current spec, offline: has the API drifted from it?

    python -m tests.conformance.replay RECORDING [--spec FILE]

RECORDING is what `CONFORMANCE_RECORD=FILE make conformance` wrote (JSON lines: operationId,
method, uri, status, contentType, body), for example from a run against the live API. For each
exchange it reports, without any network:

- operations the spec no longer has;
- status codes the spec does not document for the operation (the API changed its answers);
- bodies that no longer validate against the documented schema;
- fields the body carries that the spec does not describe (the API grew something new).

Exit 0 when nothing drifted, 1 otherwise. tests/conformance/fixtures/mock-recording.jsonl is a
small recording of the mock, kept as the test fixture.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator.bundle import bundle

from .spec_links import operations, resolve

URI = "urn:symbl-spec"


@dataclass(frozen=True)
class Drift:
    kind: str  # missing-operation, undocumented-status, invalid-body, unknown-field
    operation_id: str
    status: int
    detail: str

    def __str__(self) -> str:
        return f"{self.kind:20} {self.operation_id} {self.status}: {self.detail}"


def _unknown_fields(spec: dict[str, Any], schema: dict[str, Any], body: Any, where: str) -> list[str]:
    """Object keys the schema does not name, at any depth it describes."""
    schema = resolve(spec, schema)
    found: list[str] = []
    for key in ("allOf", "oneOf", "anyOf"):
        if key in schema:
            options = [resolve(spec, s) for s in schema[key]]
            if isinstance(body, dict):
                known = {name for option in options for name in (option.get("properties") or {})}
                if known and not any(o.get("additionalProperties") not in (None, False) for o in options):
                    found += [f"{where}/{k}" for k in body if k not in known]
            return found
    if isinstance(body, dict) and "properties" in schema:
        props = schema["properties"]
        if schema.get("additionalProperties") in (None, False):
            found += [f"{where}/{k}" for k in body if k not in props]
        for name, sub in props.items():
            if name in body:
                found += _unknown_fields(spec, sub, body[name], f"{where}/{name}")
    elif isinstance(body, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(body[:50]):
            found += _unknown_fields(spec, schema["items"], item, f"{where}/{index}")
    return found


def replay(spec: dict[str, Any], exchanges: list[dict[str, Any]]) -> list[Drift]:
    registry: Registry[Any] = Registry().with_resource(URI, DRAFT202012.create_resource(spec))
    ops = operations(spec)
    drifts: list[Drift] = []
    for exchange in exchanges:
        op_id, status = str(exchange["operationId"]), int(exchange["status"])
        if op_id not in ops:
            drifts.append(Drift("missing-operation", op_id, status, f"{exchange['method']} {exchange['uri']}"))
            continue
        path, method, op = ops[op_id]
        responses = op.get("responses", {})
        key = next((k for k in (str(status), f"{str(status)[0]}XX", "default") if k in responses), None)
        if key is None:
            documented = ", ".join(sorted(responses))
            drifts.append(Drift("undocumented-status", op_id, status, f"the spec documents {documented}"))
            continue
        declared = responses[key]
        media = (resolve(spec, declared).get("content") or {}).get("application/json")
        body = exchange.get("body")
        if media is None or body is None or "schema" not in media:
            continue
        schema = media["schema"]
        if "$ref" in declared:
            where = declared["$ref"]
        else:
            where = "#/paths/" + _escape(path) + f"/{method}/responses/{_escape(key)}"
        validator = Draft202012Validator(
            {"$ref": f"{URI}{where}/content/application~1json/schema"},
            registry=registry,
            format_checker=FormatChecker(),
        )
        errors = sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))
        for error in errors[:3]:
            where = "/" + "/".join(str(p) for p in error.absolute_path)
            drifts.append(Drift("invalid-body", op_id, status, f"at {where}: {error.message[:200]}"))
        if not errors:
            for field in _unknown_fields(spec, schema, body, ""):
                drifts.append(Drift("unknown-field", op_id, status, f"{field} is not in the spec"))
    return drifts


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.conformance.replay", description=__doc__.split("\n")[0])
    parser.add_argument("recording", type=Path, help="JSON lines written by CONFORMANCE_RECORD=FILE make conformance")
    parser.add_argument("--spec", type=Path, help="the OpenAPI file to replay against (default: the bundled spec/)")
    args = parser.parse_args(argv)
    if not args.recording.is_file():
        parser.error(
            f"{args.recording}: no such recording; write one with CONFORMANCE_RECORD={args.recording} make conformance"
        )
    spec = yaml.safe_load((args.spec or bundle()).read_text(encoding="utf-8"))
    exchanges = [json.loads(line) for line in args.recording.read_text(encoding="utf-8").splitlines() if line.strip()]
    drifts = replay(spec, exchanges)
    for drift in drifts:
        print(drift)
    kinds = Counter(d.kind for d in drifts)
    summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "no drift"
    print(f"replayed {len(exchanges)} exchanges of {len({e['operationId'] for e in exchanges})} operations: {summary}")
    return 1 if drifts else 0


if __name__ == "__main__":
    sys.exit(main())
