# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated, ClassVar, Literal

import msgspec

from ..types import UNSET, Model, Unset


class StreamingTrackerResponse(Model, tag_field="type", tag="tracker_response"):
    """Tracker matches, interim as soon as found when `config.trackers.interimResults` is
    `true`, otherwise on final transcripts.

        Example:
            {'type': 'tracker_response', 'isFinal': True, 'trackers': [{'name': 'Documents Tracker', 'matches': [{'type':
                'vocabulary', 'value': 'Documents', 'messageRefs': [{'id': '53867534-0459-4d22-b590-984ee82166aa', 'text':
                'Anyways, so I will submit documents tomorrow.', 'offset': 26}], 'insightRefs': []}]}], 'sequenceNumber': 1}

    """

    type_: ClassVar[Literal["tracker_response"]] = "tracker_response"
    """The tag `type` that tells this model apart in a union (always "tracker_response")."""

    trackers: list[StreamingDetectedTracker]

    is_final: bool | Unset = msgspec.field(default=UNSET, name="isFinal")

    sequence_number: Annotated[int, msgspec.Meta(ge=0)] | Unset = msgspec.field(default=UNSET, name="sequenceNumber")


from ..models.streaming_detected_tracker import StreamingDetectedTracker
