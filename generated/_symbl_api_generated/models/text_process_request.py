# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_type import ConversationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextProcessRequest")


@_attrs_define
class TextProcessRequest:
    """Body of `submitText` and `appendText`."""

    messages: list[TextMessageInput]
    """ The messages, in conversation order. """
    name: str | Unset = UNSET
    """ Name of the conversation. Defaults to the conversation id. """
    webhook_url: str | Unset = UNSET
    """ URL Symbl POSTs `{jobId, status}` to on every status change of the job. """
    confidence_threshold: float | Unset = UNSET
    """ Minimum confidence for an insight (question, action item, follow-up) to be reported.
    The 2022 documentation gives the range 0.5 to 1.0 and Symbl's generated client says
    "above 0.5"; older text said 0.0 to 1.0. This description takes 0.5 to 1.0.
     """
    detect_phrases: bool | Unset = False
    """ Add the actionable phrases found in each message (`phrases[]`) to the transcript. """
    detect_entities: bool | Unset = False
    """ Detect entities (people, dates, amounts, PII...) in the conversation. """
    entities: list[CustomEntityInput] | Unset = UNSET
    """ Custom entities to detect in this conversation. """
    trackers: list[TrackerInput] | Unset = UNSET
    """ Trackers (beta) to detect in this conversation in addition to the account's. """
    enable_all_trackers: bool | Unset = UNSET
    """ Detect every tracker defined in the account. The sources disagree on the default
    (off in the 2022 documentation, on for all conversations in newer guides), so none
    is stated; send it explicitly.
     """
    enable_summary: bool | Unset = UNSET
    """ Compute the conversation summary while processing (alpha). """
    features: ProcessFeatures | Unset = UNSET
    """ Extra features to compute. Call score needs both `insights` and `callScore`. """
    metadata: ProcessMetadata | Unset = UNSET
    """ Context about the call that tunes call score. """
    conversation_type: ConversationType | Unset = UNSET
    """ `sales` for sales calls, `general` for everything else; used by call score. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        name = self.name

        webhook_url = self.webhook_url

        confidence_threshold = self.confidence_threshold

        detect_phrases = self.detect_phrases

        detect_entities = self.detect_entities

        entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

        trackers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trackers, Unset):
            trackers = []
            for trackers_item_data in self.trackers:
                trackers_item = trackers_item_data.to_dict()
                trackers.append(trackers_item)

        enable_all_trackers = self.enable_all_trackers

        enable_summary = self.enable_summary

        features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        conversation_type: str | Unset = UNSET
        if not isinstance(self.conversation_type, Unset):
            conversation_type = self.conversation_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if confidence_threshold is not UNSET:
            field_dict["confidenceThreshold"] = confidence_threshold
        if detect_phrases is not UNSET:
            field_dict["detectPhrases"] = detect_phrases
        if detect_entities is not UNSET:
            field_dict["detectEntities"] = detect_entities
        if entities is not UNSET:
            field_dict["entities"] = entities
        if trackers is not UNSET:
            field_dict["trackers"] = trackers
        if enable_all_trackers is not UNSET:
            field_dict["enableAllTrackers"] = enable_all_trackers
        if enable_summary is not UNSET:
            field_dict["enableSummary"] = enable_summary
        if features is not UNSET:
            field_dict["features"] = features
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if conversation_type is not UNSET:
            field_dict["conversationType"] = conversation_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = TextMessageInput.from_dict(messages_item_data)

            messages.append(messages_item)

        name = d.pop("name", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        confidence_threshold = d.pop("confidenceThreshold", UNSET)

        detect_phrases = d.pop("detectPhrases", UNSET)

        detect_entities = d.pop("detectEntities", UNSET)

        _entities = d.pop("entities", UNSET)
        entities: list[CustomEntityInput] | Unset = UNSET
        if _entities is not UNSET:
            entities = []
            for entities_item_data in _entities:
                entities_item = CustomEntityInput.from_dict(entities_item_data)

                entities.append(entities_item)

        _trackers = d.pop("trackers", UNSET)
        trackers: list[TrackerInput] | Unset = UNSET
        if _trackers is not UNSET:
            trackers = []
            for trackers_item_data in _trackers:
                trackers_item = TrackerInput.from_dict(trackers_item_data)

                trackers.append(trackers_item)

        enable_all_trackers = d.pop("enableAllTrackers", UNSET)

        enable_summary = d.pop("enableSummary", UNSET)

        _features = d.pop("features", UNSET)
        features: ProcessFeatures | Unset
        if isinstance(_features, Unset):
            features = UNSET
        else:
            features = ProcessFeatures.from_dict(_features)

        _metadata = d.pop("metadata", UNSET)
        metadata: ProcessMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ProcessMetadata.from_dict(_metadata)

        _conversation_type = d.pop("conversationType", UNSET)
        conversation_type: ConversationType | Unset
        if isinstance(_conversation_type, Unset):
            conversation_type = UNSET
        else:
            conversation_type = ConversationType(_conversation_type)

        text_process_request = cls(
            messages=messages,
            name=name,
            webhook_url=webhook_url,
            confidence_threshold=confidence_threshold,
            detect_phrases=detect_phrases,
            detect_entities=detect_entities,
            entities=entities,
            trackers=trackers,
            enable_all_trackers=enable_all_trackers,
            enable_summary=enable_summary,
            features=features,
            metadata=metadata,
            conversation_type=conversation_type,
        )

        text_process_request.additional_properties = d
        return text_process_request

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


from ..models.custom_entity_input import CustomEntityInput
from ..models.process_features import ProcessFeatures
from ..models.process_metadata import ProcessMetadata
from ..models.text_message_input import TextMessageInput
from ..models.tracker_input import TrackerInput
