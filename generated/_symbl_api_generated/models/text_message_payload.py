# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..models.text_message_payload_content_type import TextMessagePayloadContentType
from ..types import Model, Unset


class TextMessagePayload(Model):
    """The text of a message."""

    content: Annotated[str, msgspec.Meta(min_length=1)]
    """ The text itself. """

    content_type: TextMessagePayloadContentType | Unset = msgspec.field(
        default=TextMessagePayloadContentType.TEXTPLAIN, name="contentType"
    )
    """ Format of `content`; only plain text is supported. """
