# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.streaming_insight_kind import StreamingInsightKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingStartRequest")


@_attrs_define
class StreamingStartRequest:
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

    type_: Literal["start_request"]
    insight_types: list[StreamingInsightKind] | Unset = UNSET
    """ Insight types to detect; none are returned when omitted. """
    custom_vocabulary: list[str] | Unset = UNSET
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
    no_connection_timeout: int | Unset = UNSET
    """ Seconds the conversation stays open with no active connection, so that a speaker
    can reconnect with the same `connectionId` and subscribers.
     """
    disconnect_on_stop_request: bool | Unset = True
    """ `false` keeps the WebSocket open after `stop_request` (processing stops, the
    connection and conversation stay alive) so processing can be started again.
     """
    disconnect_on_stop_request_timeout: int | Unset = 1800
    """ Idle seconds before a stopped connection is dropped; 0 drops it at `stop_request`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        insight_types: list[str] | Unset = UNSET
        if not isinstance(self.insight_types, Unset):
            insight_types = []
            for insight_types_item_data in self.insight_types:
                insight_types_item = insight_types_item_data.value
                insight_types.append(insight_types_item)

        custom_vocabulary: list[str] | Unset = UNSET
        if not isinstance(self.custom_vocabulary, Unset):
            custom_vocabulary = self.custom_vocabulary

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        trackers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trackers, Unset):
            trackers = []
            for trackers_item_data in self.trackers:
                trackers_item = trackers_item_data.to_dict()
                trackers.append(trackers_item)

        speaker: dict[str, Any] | Unset = UNSET
        if not isinstance(self.speaker, Unset):
            speaker = self.speaker.to_dict()

        no_connection_timeout = self.no_connection_timeout

        disconnect_on_stop_request = self.disconnect_on_stop_request

        disconnect_on_stop_request_timeout = self.disconnect_on_stop_request_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if insight_types is not UNSET:
            field_dict["insightTypes"] = insight_types
        if custom_vocabulary is not UNSET:
            field_dict["customVocabulary"] = custom_vocabulary
        if config is not UNSET:
            field_dict["config"] = config
        if trackers is not UNSET:
            field_dict["trackers"] = trackers
        if speaker is not UNSET:
            field_dict["speaker"] = speaker
        if no_connection_timeout is not UNSET:
            field_dict["noConnectionTimeout"] = no_connection_timeout
        if disconnect_on_stop_request is not UNSET:
            field_dict["disconnectOnStopRequest"] = disconnect_on_stop_request
        if disconnect_on_stop_request_timeout is not UNSET:
            field_dict["disconnectOnStopRequestTimeout"] = disconnect_on_stop_request_timeout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["start_request"], d.pop("type"))
        if type_ != "start_request":
            raise ValueError(f"type must match const 'start_request', got '{type_}'")

        _insight_types = d.pop("insightTypes", UNSET)
        insight_types: list[StreamingInsightKind] | Unset = UNSET
        if _insight_types is not UNSET:
            insight_types = []
            for insight_types_item_data in _insight_types:
                insight_types_item = StreamingInsightKind(insight_types_item_data)

                insight_types.append(insight_types_item)

        custom_vocabulary = cast(list[str], d.pop("customVocabulary", UNSET))

        _config = d.pop("config", UNSET)
        config: StreamingStartConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = StreamingStartConfig.from_dict(_config)

        _trackers = d.pop("trackers", UNSET)
        trackers: list[StreamingTrackerDefinition] | Unset = UNSET
        if _trackers is not UNSET:
            trackers = []
            for trackers_item_data in _trackers:
                trackers_item = StreamingTrackerDefinition.from_dict(trackers_item_data)

                trackers.append(trackers_item)

        _speaker = d.pop("speaker", UNSET)
        speaker: Person | Unset
        if isinstance(_speaker, Unset):
            speaker = UNSET
        else:
            speaker = Person.from_dict(_speaker)

        no_connection_timeout = d.pop("noConnectionTimeout", UNSET)

        disconnect_on_stop_request = d.pop("disconnectOnStopRequest", UNSET)

        disconnect_on_stop_request_timeout = d.pop("disconnectOnStopRequestTimeout", UNSET)

        streaming_start_request = cls(
            type_=type_,
            insight_types=insight_types,
            custom_vocabulary=custom_vocabulary,
            config=config,
            trackers=trackers,
            speaker=speaker,
            no_connection_timeout=no_connection_timeout,
            disconnect_on_stop_request=disconnect_on_stop_request,
            disconnect_on_stop_request_timeout=disconnect_on_stop_request_timeout,
        )

        streaming_start_request.additional_properties = d
        return streaming_start_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.person import Person
from ..models.streaming_start_config import StreamingStartConfig
from ..models.streaming_tracker_definition import StreamingTrackerDefinition
