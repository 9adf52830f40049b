# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import UNSET, Model, Unset


class StreamingInsightTagValue(Model):
    """Resolved value of a tag; for a person, `value` holds `{name, alias, userId}`."""

    value: StreamingTagEntity | Unset = UNSET
    """ The entity a tag resolves to; open, other tag types carry other fields. """


from ..models.streaming_tag_entity import StreamingTagEntity
