# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import UNSET, Model, Unset


class StreamingStreamOffset(Model):
    """A position in the audio stream as whole seconds plus nanoseconds. Symbl's Go SDK reads
    both as strings (protobuf JSON encodes 64-bit integers as strings); integers are
    accepted too.

    """

    seconds: int | str | Unset = UNSET
    """ A non-negative integer, sent either as a JSON number or as a decimal string. """

    nanos: int | str | Unset = UNSET
    """ A non-negative integer, sent either as a JSON number or as a decimal string. """
