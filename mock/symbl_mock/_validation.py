"""Request validation from the spec: path, query and header parameters, Content-Type, body.

Parameters arrive as text and are coerced by their schema type first (booleans as
`true`/`false`, arrays as repeated keys or comma lists), then validated against the schema
with formats enforced. A repeated single-valued query parameter is an error, and so is a query
parameter the operation does not declare (never silently dropped). A JSON body that fails
validation as sent is read once more the way Symbl's servers read it (`_lenient`). Every problem becomes a 400 (or the closest status the operation
documents) whose message names the parameter or body field.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from ._error_text import describe_error
from ._errors import ApiError, documented_status
from ._lenient import coerce
from ._media import sniff
from ._spec import JSON_MEDIA, Operation, Parameter, SpecIndex, media_type_matches
from ._upload import Upload

OCTET_STREAM = "application/octet-stream"

_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_MEDIA_TYPE = re.compile(rf"^({_TOKEN})/({_TOKEN})$")
_INTEGER = re.compile(r"^[+-]?[0-9]+$")
# Longer numeric parameters are out of range for any API field (and Python refuses to parse
# integers past 4300 digits).
MAX_NUMBER_CHARS = 40
_NUMBER = re.compile(r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$")


@dataclass
class ValidatedRequest:
    """A request that conforms to its operation: typed parameters and the decoded body."""

    op: Operation
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: Any = None
    media_type: str | None = None
    raw_body: bytes = b""
    raw_query: list[tuple[str, str]] = field(default_factory=list)
    # Input read ahead of the state lock by the operation's handler (see _process.prepare).
    prepared: Any = None


def parse_content_type(value: str | None) -> tuple[str | None, dict[str, str], bool]:
    """(media type, parameters, well formed) of a Content-Type header value."""
    if value is None:
        return None, {}, True
    head, *rest = value.split(";")
    media = head.strip().lower()
    params: dict[str, str] = {}
    for item in rest:
        key, sep, val = item.partition("=")
        if sep:
            params[key.strip().lower()] = val.strip().strip('"')
    well_formed = bool(_MEDIA_TYPE.match(media))
    if media.startswith("multipart/") and not params.get("boundary"):
        well_formed = False
    return media, params, well_formed


class RequestValidator:
    def __init__(self, spec: SpecIndex, *, max_json_bytes: int, lenient: bool = True) -> None:
        self.spec = spec
        self.max_json_bytes = max_json_bytes
        self.lenient = lenient

    def _fail(self, op: Operation, status: int, message: str) -> ApiError:
        return ApiError(documented_status(op, status), message)

    # -- parameters ------------------------------------------------------------------------

    def _coerce(self, op: Operation, param: Parameter, raw: str, where: str, schema: Any) -> Any:
        kind = self.spec.schema_type(schema)
        if kind in ("integer", "number") and len(raw) > MAX_NUMBER_CHARS:
            raise self._fail(op, 400, f"{where}: a number of {len(raw)} characters is out of range")
        if kind == "integer":
            if not _INTEGER.match(raw):
                raise self._fail(op, 400, f"{where}: {raw!r} is not an integer")
            return int(raw)
        if kind == "number":
            if not _NUMBER.match(raw):
                raise self._fail(op, 400, f"{where}: {raw!r} is not a number")
            value = float(raw)
            if math.isinf(value):
                raise self._fail(op, 400, f"{where}: {raw!r} is out of range")
            return int(value) if _INTEGER.match(raw) else value
        if kind == "boolean":
            if raw not in ("true", "false"):
                raise self._fail(op, 400, f"{where}: {raw!r} is not a boolean; send true or false")
            return raw == "true"
        if kind == "object" or param.content_type is not None:
            try:
                decoded = json.loads(raw)
            except (ValueError, RecursionError):
                raise self._fail(op, 400, f"{where}: {raw[:80]!r} is not valid JSON") from None
            if too_deep(decoded) or not is_text(decoded):
                raise self._fail(op, 400, f"{where}: the JSON nests too deep or is not text")
            return decoded
        return raw

    def _check(self, op: Operation, param: Parameter, value: Any, where: str) -> None:
        error = self.spec.first_error(param.schema, value)
        if error is not None:
            status = 400
            if param.location == "path":
                # A malformed id names no resource; where 400 is not documented the answer is 404.
                status = 400 if op.documents(400) else 404
            raise self._fail(op, status, describe_error(error, where))

    def _parameter(self, op: Operation, param: Parameter, raw_values: list[str]) -> Any:
        where = f"{param.location} parameter '{param.name}'"
        kind = self.spec.schema_type(param.schema)
        if kind == "array":
            items = self.spec.resolve_schema(param.schema).get("items", {})
            if param.location == "query" and param.explode:
                pieces = raw_values
            else:
                if len(raw_values) > 1:
                    raise self._fail(
                        op, 400, f"{where} was given {len(raw_values)} times; send one comma-separated value"
                    )
                separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(param.style, ",")
                pieces = raw_values[0].split(separator) if raw_values[0] != "" else []
            value: Any = [self._coerce(op, param, piece, f"{where}[{i}]", items) for i, piece in enumerate(pieces)]
        else:
            if len(raw_values) > 1:
                raise self._fail(op, 400, f"{where} was given {len(raw_values)} times; it takes a single value")
            value = self._coerce(op, param, raw_values[0], where, param.schema)
        self._check(op, param, value, where)
        return value

    def parameters(
        self,
        op: Operation,
        path_values: Mapping[str, str],
        query_pairs: list[tuple[str, str]],
        headers: Mapping[str, str],
    ) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        path: dict[str, Any] = {}
        query: dict[str, Any] = {}
        header_values: dict[str, Any] = {}
        grouped: dict[str, list[str]] = {}
        for key, value in query_pairs:
            grouped.setdefault(key, []).append(value)
        # Path parameters first: a malformed id is reported before anything else about the request.
        ordered = sorted(op.parameters, key=lambda p: {"path": 0, "header": 1, "query": 2}.get(p.location, 3))
        for param in ordered:
            if param.location == "path":
                raw = path_values.get(param.name)
                if raw is None:
                    raise self._fail(op, 404, f"path parameter '{param.name}' is missing")
                path[param.name] = self._parameter(op, param, [raw])
            elif param.location == "query":
                if param.name not in grouped:
                    if param.required:
                        raise self._fail(op, 400, f"query parameter '{param.name}' is required")
                    continue
                query[param.name] = self._parameter(op, param, grouped[param.name])
            elif param.location == "header":
                if param.name.lower() in ("authorization", "content-type", "accept"):
                    continue
                raw_header = headers.get(param.name.lower())
                if raw_header is None:
                    if param.required:
                        raise self._fail(op, 400, f"header '{param.name}' is required")
                    continue
                header_values[param.name] = self._parameter(op, param, [raw_header])
        declared = {p.name for p in op.parameters if p.location == "query"}
        unknown = sorted(set(grouped) - declared)
        if unknown:
            accepted = ", ".join(sorted(declared)) or "none"
            raise self._fail(
                op,
                400,
                f"query parameter {unknown[0]!r} is not accepted by {op.label} (accepted: {accepted}); "
                "check its spelling, or send it in the body where the operation takes it there",
            )
        return path, query, header_values

    def path_fits(self, op: Operation, values: dict[str, str]) -> bool:
        """Whether `values` are valid for the operation's path parameters (used for routing)."""
        for param in op.parameters:
            if param.location != "path" or param.name not in values:
                continue
            try:
                self._parameter(op, param, [values[param.name]])
            except ApiError:
                return False
        return True

    # -- uploads -----------------------------------------------------------------------------

    def _detects_format(self, op: Operation, media: str | None) -> bool:
        """Whether the operation takes an upload without a usable Content-Type and detects the format."""
        return bool(op.body_extensions.get("x-symbl-detect-format")) and media in (None, "", OCTET_STREAM)

    def upload_header(self, op: Operation, content_type: str | None) -> None:
        """Check an upload's Content-Type before its body is read."""
        media, _params, well_formed = parse_content_type(content_type)
        media = media or None
        if self._detects_format(op, media):
            return
        accepted = ", ".join(op.body_content)
        if media is None:
            raise self._fail(op, 400, f"Content-Type header is missing; send one of: {accepted}")
        if not well_formed:
            raise self._fail(op, 400, f"Content-Type {content_type!r} is malformed; send one of: {accepted}")
        if not any(media_type_matches(m, media) for m in op.body_content):
            raise self._fail(op, 400, f"Content-Type {media} is not accepted here; send one of: {accepted}")

    def upload_media(self, op: Operation, content_type: str | None, upload: Upload) -> str | None:
        """The media type of a received upload: the declared one, else detected from the bytes
        (None when undetectable: the job then fails, as Symbl's does)."""
        if not upload.size:
            raise self._fail(op, 400, f"request body is empty; upload the file itself ({', '.join(op.body_content)})")
        media = parse_content_type(content_type)[0] or None
        if not self._detects_format(op, media):
            return media
        detected = sniff(upload.head)
        return detected if detected is not None and detected in op.body_content else None

    # -- body --------------------------------------------------------------------------------

    def body(self, op: Operation, content_type: str | None, raw: bytes) -> tuple[Any, str | None]:
        media, _params, well_formed = parse_content_type(content_type)
        if not op.body_content:
            # GETs and DELETEs often carry `Content-Type: application/json` and no body: fine. A
            # malformed header is refused only where the operation documents a 400 for it.
            if media is not None and not well_formed and op.documents(400):
                raise self._fail(op, 400, f"Content-Type {content_type!r} is malformed")
            return None, media
        accepted = ", ".join(op.body_content)
        if not raw:
            if op.body_required:
                if op.binary_media_types() and media is not None and well_formed:
                    raise self._fail(op, 400, f"request body is empty; upload the file itself ({accepted})")
                raise self._fail(op, 400, f"request body is required ({accepted})")
            if media is not None and not well_formed:
                raise self._fail(op, 400, f"Content-Type {content_type!r} is malformed")
            return None, media
        if media is None:
            raise self._fail(op, 400, f"Content-Type header is missing; send one of: {accepted}")
        if not well_formed:
            raise self._fail(op, 400, f"Content-Type {content_type!r} is malformed; send one of: {accepted}")
        declared = next((m for m in op.body_content if media_type_matches(m, media)), None)
        if declared is None:
            raise self._fail(op, 400, f"Content-Type {media} is not accepted here; send one of: {accepted}")
        schema = op.body_content[declared].get("schema")
        if JSON_MEDIA.match(media):
            if len(raw) > self.max_json_bytes:
                raise self._fail(
                    op, 413, f"request body is {len(raw)} bytes; the limit is {self.max_json_bytes} (1 MB)"
                )
            try:
                body = json.loads(raw, parse_constant=_reject_constant, parse_float=_finite_float)
            except (ValueError, UnicodeDecodeError) as exc:
                raise self._fail(op, 400, f"request body is not valid JSON: {exc}") from None
            except RecursionError:
                body = None
            if (body is None and raw.strip() != b"null") or too_deep(body):
                raise self._fail(op, 400, f"request body nests deeper than {MAX_DEPTH} levels")
            if not is_text(body):
                raise self._fail(op, 400, "request body contains a lone UTF-16 surrogate escape, which is not text")
            if schema is not None:
                error = self.spec.first_error(schema, body)
                if error is not None:
                    # Read it as Symbl's servers do (string booleans, null optional fields, ...).
                    lenient = coerce(self.spec, schema, body) if self.lenient else body
                    if lenient == body or not self.spec.is_valid(schema, lenient):
                        raise self._fail(op, 400, describe_error(error, "request body"))
                    body = lenient
            return body, media
        if isinstance(schema, dict) and schema.get("format") == "binary":
            return raw, media
        if media.startswith("text/"):
            try:
                return raw.decode("utf-8"), media
            except UnicodeDecodeError:
                raise self._fail(op, 400, "request body is not valid UTF-8 text") from None
        if media == "application/x-www-form-urlencoded":
            return dict(parse_qsl(raw.decode("latin-1"), keep_blank_values=True)), media
        return raw, media


MAX_DEPTH = 64


def too_deep(value: Any) -> bool:
    """Whether a decoded JSON value nests more than MAX_DEPTH arrays/objects (checked without recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > MAX_DEPTH:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return False


def is_text(value: Any) -> bool:
    """Whether every string in a decoded JSON value is encodable text (no lone surrogate escapes)."""
    try:
        json.dumps(value, ensure_ascii=False).encode()
    except UnicodeEncodeError:
        return False
    return True


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"the number {text[:40]} is out of range")
    return value


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")
