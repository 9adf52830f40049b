# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class StreamingInsightTag(Model):
    """An entity found in an insight's text (for example the person it is assigned to)."""

    type_: str = msgspec.field(name="type")

    text: str

    begin_offset: Annotated[int, msgspec.Meta(ge=0)] | Unset = msgspec.field(default=UNSET, name="beginOffset")
    """ Character offset of `text` in the insight. """

    value: StreamingInsightTagValue | Unset = UNSET
    """ Resolved value of a tag; for a person, `value` holds `{name, alias, userId}`. """


from ..models.streaming_insight_tag_value import StreamingInsightTagValue
