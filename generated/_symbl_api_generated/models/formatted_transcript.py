# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class FormattedTranscript(Model):
    transcript: FormattedTranscriptContent


from ..models.formatted_transcript_content import FormattedTranscriptContent
