# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..models.formatted_transcript_content_content_type import FormattedTranscriptContentContentType
from ..types import Model


class FormattedTranscriptContent(Model):
    payload: str
    """ The Markdown or SRT text. """

    content_type: FormattedTranscriptContentContentType = msgspec.field(name="contentType")
