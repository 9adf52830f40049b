# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated, ClassVar, Literal

import msgspec

from ..models.streaming_insight_kind import StreamingInsightKind
from ..types import UNSET, Model, Unset


class StreamingStartRequest(Model, tag_field="type", tag="start_request"):
    """First message on `wss://api.symbl.ai/v1/streaming/{connectionId}?access_token=...`:
    starts recognition with the given audio format, insight types and speaker. Stream
    audio right after it.

        Example:
            {'type': 'start_request', 'insightTypes': ['question', 'action_item', 'follow_up', 'topic'], 'customVocabulary':
                ['acme', 'acme-platform'], 'config': {'confidenceThreshold': 0.5, 'languageCode': 'en-US', 'meetingTitle':
                'Client Meeting', 'sentiment': True, 'detectEntities': True, 'speechRecognition': {'encoding': 'LINEAR16',
                'sampleRateHertz': 16000}, 'trackers': {'enableAllTrackers': True, 'interimResults': False}}, 'trackers':
                [{'name': 'COVID-19', 'vocabulary': ['social distancing', 'vaccination']}], 'speaker': {'userId':
                'jane.doe@example.com', 'name': 'Jane'}, 'noConnectionTimeout': 600, 'disconnectOnStopRequest': True,
                'disconnectOnStopRequestTimeout': 1800}

    """

    type_: ClassVar[Literal["start_request"]] = "start_request"
    """The tag `type` that tells this model apart in a union (always "start_request")."""

    insight_types: list[StreamingInsightKind] | Unset = msgspec.field(default=UNSET, name="insightTypes")
    """ Insight types to detect; none are returned when omitted. """

    custom_vocabulary: list[str] | Unset = msgspec.field(default=UNSET, name="customVocabulary")
    """ Words and phrases specific to the company or product, as recognition hints. """

    config: StreamingStartConfig | Unset = UNSET
    """ Recognition and insight settings of a `start_request`. """

    trackers: list[StreamingTrackerDefinition] | Unset = UNSET
    """ Trackers to detect in this conversation only (in addition to account trackers). """

    speaker: Person | Unset = UNSET
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """

    no_connection_timeout: Annotated[int, msgspec.Meta(ge=0, le=1800)] | Unset = msgspec.field(
        default=UNSET, name="noConnectionTimeout"
    )
    """ Seconds the conversation stays open with no active connection, so that a speaker
    can reconnect with the same `connectionId` and subscribers.
     """

    disconnect_on_stop_request: bool | Unset = msgspec.field(default=True, name="disconnectOnStopRequest")
    """ `false` keeps the WebSocket open after `stop_request` (processing stops, the
    connection and conversation stay alive) so processing can be started again.
     """

    disconnect_on_stop_request_timeout: Annotated[int, msgspec.Meta(ge=0, le=1800)] | Unset = msgspec.field(
        default=1800, name="disconnectOnStopRequestTimeout"
    )
    """ Idle seconds before a stopped connection is dropped; 0 drops it at `stop_request`. """


from ..models.person import Person
from ..models.streaming_start_config import StreamingStartConfig
from ..models.streaming_tracker_definition import StreamingTrackerDefinition
