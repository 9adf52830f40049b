# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import UNSET, Model, Unset


class StreamingWord(Model):
    """A recognized word with its position in the audio stream."""

    word: str

    start_time: StreamingStreamOffset | Unset = msgspec.field(default=UNSET, name="startTime")
    """ A position in the audio stream as whole seconds plus nanoseconds. Symbl's Go SDK reads
    both as strings (protobuf JSON encodes 64-bit integers as strings); integers are
    accepted too.
     """

    end_time: StreamingStreamOffset | Unset = msgspec.field(default=UNSET, name="endTime")
    """ A position in the audio stream as whole seconds plus nanoseconds. Symbl's Go SDK reads
    both as strings (protobuf JSON encodes 64-bit integers as strings); integers are
    accepted too.
     """


from ..models.streaming_stream_offset import StreamingStreamOffset
