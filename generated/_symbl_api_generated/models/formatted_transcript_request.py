# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..models.formatted_transcript_request_content_type import FormattedTranscriptRequestContentType
from ..types import UNSET, Model, Unset


class FormattedTranscriptRequest(Model):
    """Output format and options of a formatted transcript."""

    content_type: FormattedTranscriptRequestContentType = msgspec.field(name="contentType")

    create_paragraphs: bool | Unset = msgspec.field(default=UNSET, name="createParagraphs")
    """ Group messages into paragraphs (Markdown only). """

    phrases: TranscriptPhraseOptions | Unset = UNSET
    """ Key-phrase highlighting (Markdown only; highlights are `<mark>` tags). """

    show_speaker_separation: bool | Unset = msgspec.field(default=UNSET, name="showSpeakerSeparation")
    """ Prefix text with the speaker (needs diarization or speaker events). """


from ..models.transcript_phrase_options import TranscriptPhraseOptions
