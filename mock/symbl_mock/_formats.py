"""Format checks the mock enforces (`uri`, `email`, `uuid`, `date-time`, `date`).

jsonschema only checks `uri` and `date-time` when optional packages are installed, so the
mock brings its own, strict enough that a fuzzer's invalid strings are rejected and the
values real clients send are accepted.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from jsonschema import FormatChecker  # type: ignore[import-untyped]

_URI_CHARS = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*$")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*$")
_PCT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_HOST = re.compile(r"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9\-._~!$&'()*+,;=%]*)$")
_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-]+)*"
    r"@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)*$"
)
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_DATE_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def is_uri(value: object) -> bool:
    """An absolute URI per RFC 3986 (scheme, then only URI characters, valid escapes and port)."""
    if not isinstance(value, str):
        return True
    scheme, sep, rest = value.partition(":")
    if not sep or not _SCHEME.match(scheme) or not _URI_CHARS.match(rest) or _PCT.search(rest):
        return False
    if rest.count("#") > 1:
        return False
    if rest.startswith("//"):
        authority = rest[2:].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
        hostport = authority.rsplit("@", 1)[-1]
        if hostport.startswith("["):
            host, _, port = hostport.partition("]")
            host += "]"
            port = port[1:] if port.startswith(":") else port
        else:
            host, _, port = hostport.partition(":")
        if port and not port.isdigit():
            return False
        if not _HOST.match(host):
            return False
    return True


def is_email(value: object) -> bool:
    return not isinstance(value, str) or bool(_EMAIL.match(value))


def is_uuid(value: object) -> bool:
    return not isinstance(value, str) or bool(_UUID.match(value))


def is_date_time(value: object) -> bool:
    """RFC 3339 `date-time` with a real calendar date and in-range time fields."""
    if not isinstance(value, str):
        return True
    match = _DATE_TIME.match(value)
    if not match:
        return False
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    try:
        date(year, month, day)
    except ValueError:
        return False
    if hour > 23 or minute > 59 or second > 60:
        return False
    return match.group(9) is None or (int(match.group(9)) <= 23 and int(match.group(10)) <= 59)


def is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    match = _DATE.match(value)
    if not match:
        return False
    try:
        date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return False
    return True


def parse_date_time(value: str) -> datetime:
    """Parse an RFC 3339 timestamp checked by `is_date_time` (a leap second is clamped to :59)."""
    text = value.replace("z", "Z").replace("t", "T")
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    head, dot, tail = text.partition(".")
    if dot:
        digits = re.match(r"\d+", tail)
        frac = digits.group(0) if digits else ""
        text = head + "." + (frac[:6].ljust(6, "0")) + tail[len(frac) :]
    text = re.sub(r":60(?=[.+\-])", ":59", text)
    return datetime.fromisoformat(text)


def format_checker() -> FormatChecker:
    checker = FormatChecker(formats=())
    checker.checks("uri")(is_uri)
    checker.checks("email")(is_email)
    checker.checks("uuid")(is_uuid)
    checker.checks("date-time")(is_date_time)
    checker.checks("date")(is_date)
    return checker
