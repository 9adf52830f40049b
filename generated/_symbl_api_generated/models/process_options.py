# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..models.conversation_type import ConversationType
from ..types import UNSET, Model, Unset


class ProcessOptions(Model):
    """Options accepted by every processing request (text, audio, video). JSON bodies carry
    them as fields; the binary uploads take the same options in the query string.

    """

    name: Annotated[str, msgspec.Meta(min_length=1)] | Unset = UNSET
    """ Name of the conversation. Defaults to the conversation id. """

    webhook_url: str | Unset = msgspec.field(default=UNSET, name="webhookUrl")
    """ URL Symbl POSTs `{jobId, status}` to on every status change of the job. """

    confidence_threshold: Annotated[float, msgspec.Meta(ge=0.5, le=1.0)] | Unset = msgspec.field(
        default=UNSET, name="confidenceThreshold"
    )
    """ Minimum confidence for an insight (question, action item, follow-up) to be reported.
    The 2022 documentation gives the range 0.5 to 1.0 and Symbl's generated client says
    "above 0.5"; older text said 0.0 to 1.0. This description takes 0.5 to 1.0.
     """

    detect_phrases: bool | Unset = msgspec.field(default=False, name="detectPhrases")
    """ Add the actionable phrases found in each message (`phrases[]`) to the transcript. """

    detect_entities: bool | Unset = msgspec.field(default=False, name="detectEntities")
    """ Detect entities (people, dates, amounts, PII...) in the conversation. """

    entities: list[CustomEntityInput] | Unset = UNSET
    """ Custom entities to detect in this conversation. """

    trackers: list[TrackerInput] | Unset = UNSET
    """ Trackers (beta) to detect in this conversation in addition to the account's. """

    enable_all_trackers: bool | Unset = msgspec.field(default=UNSET, name="enableAllTrackers")
    """ Detect every tracker defined in the account. The sources disagree on the default
    (off in the 2022 documentation, on for all conversations in newer guides), so none
    is stated; send it explicitly.
     """

    enable_summary: bool | Unset = msgspec.field(default=UNSET, name="enableSummary")
    """ Compute the conversation summary while processing (alpha). """

    features: ProcessFeatures | Unset = UNSET
    """ Extra features to compute. Call score needs both `insights` and `callScore`. """

    metadata: ProcessMetadata | Unset = UNSET
    """ Context about the call that tunes call score. """

    conversation_type: ConversationType | Unset = msgspec.field(default=UNSET, name="conversationType")
    """ `sales` for sales calls, `general` for everything else; used by call score. """


from ..models.custom_entity_input import CustomEntityInput
from ..models.process_features import ProcessFeatures
from ..models.process_metadata import ProcessMetadata
from ..models.tracker_input import TrackerInput
