# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import ClassVar, Literal

import msgspec

from ..types import UNSET, Model, Unset


class StreamingRecognitionResult(Model, tag_field="type", tag="recognition_result"):
    """Live caption inside a `message` envelope: interim (`isFinal: false`) and final speech
    recognition results for the audio as it arrives. `message_response` carries the
    finalized, punctuated messages later.

        Example:
            {'type': 'recognition_result', 'isFinal': False, 'payload': {'raw': {'alternatives': [{'transcript': 'how much
                does', 'confidence': 0.81, 'words': [{'word': 'how', 'startTime': {'seconds': '5', 'nanos': '100000000'},
                'endTime': {'seconds': '5', 'nanos': '300000000'}}]}]}}, 'punctuated': {'transcript': 'How much does'}, 'user':
                {'userId': 'jane.doe@example.com', 'name': 'Jane'}}

    """

    type_: ClassVar[Literal["recognition_result"]] = "recognition_result"
    """The tag `type` that tells this model apart in a union (always "recognition_result")."""

    is_final: bool | Unset = msgspec.field(default=UNSET, name="isFinal")
    """ `false` for an interim hypothesis that may still change. """

    payload: StreamingRecognitionPayload | Unset = UNSET
    """ The recognizer's raw output. """

    punctuated: StreamingPunctuated | Unset = UNSET
    """ The recognized text with punctuation and capitalization. """

    user: Person | Unset = UNSET
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """


from ..models.person import Person
from ..models.streaming_punctuated import StreamingPunctuated
from ..models.streaming_recognition_payload import StreamingRecognitionPayload
