# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""Shared types of the generated package: UNSET, the model base class, File and Response."""

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Self, TypeVar

import msgspec

# msgspec's own sentinel: falsy, and a field holding it is left out of to_dict() and of JSON.
Unset = msgspec.UnsetType
UNSET = msgspec.UNSET


# gc=False: decoded models hold only JSON values and other models, never a reference cycle,
# so the cyclic GC need not track them; a large response then decodes about twice as fast
# (the collector no longer walks every new object) and each object is 16 bytes smaller.
# A caller who builds a cycle out of models (a model inside its own list) leaks that cycle.
class Model(msgspec.Struct, repr_omit_defaults=True, gc=False):
    """Base of every model: a msgspec Struct, decoded from JSON bytes in one pass.

    `repr` lists only the fields that are set; `==` compares field by field.
    """

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready builtins, keyed by wire name; UNSET fields are left out."""
        data: dict[str, Any] = msgspec.to_builtins(self)
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a mapping keyed by wire name; raises msgspec.ValidationError naming the path."""
        return msgspec.convert(src_dict, cls)


def check_unique(name: str, items: "list[Any] | Unset") -> None:
    """uniqueItems: raised as a ValidationError by msgspec when decoding."""
    if not isinstance(items, Unset) and len({msgspec.json.encode(i) for i in items}) != len(items):
        raise ValueError(f"`{name}` must not repeat an item")


def check_required_with(model: Model, condition: str, needed: Mapping[str, Any]) -> None:
    """When `condition` holds, each of `needed` (wire name: value) must be set (dependentRequired, if/then)."""
    missing = [wire for wire, value in needed.items() if isinstance(value, Unset)]
    if missing:
        raise ValueError(f"`{'`, `'.join(missing)}` required in {type(model).__name__} when {condition}")


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")

# The response extension under which whoever already decoded a 2xx answer with the operation's
# `_parse_response` (the client's transport, checking it against the spec) leaves the result,
# so that `_build_response` does not decode the same body a second time.
PARSED_EXTENSION = "symbl_parsed"


@dataclass(slots=True)
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["PARSED_EXTENSION", "UNSET", "File", "FileTypes", "Model", "RequestFiles", "Response", "Unset"]
