# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_event_topic import ExternalEventTopic
from ..models.external_event_type import ExternalEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalEvent")


@_attrs_define
class ExternalEvent:
    """A speaker event pushed into a live telephony connection."""

    topic: ExternalEventTopic
    """ Event family; only `speaker` exists. """
    type_: ExternalEventType
    """ What the speaker did. """
    user: SpeakerEventUser
    """ The person a speaker event is about. """
    timestamp: datetime.datetime | Unset = UNSET
    """ ISO 8601 date-time in UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic.value

        type_ = self.type_.value

        user = self.user.to_dict()

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
                "type": type_,
                "user": user,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        topic = ExternalEventTopic(d.pop("topic"))

        type_ = ExternalEventType(d.pop("type"))

        user = SpeakerEventUser.from_dict(d.pop("user"))

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        external_event = cls(
            topic=topic,
            type_=type_,
            user=user,
            timestamp=timestamp,
        )

        external_event.additional_properties = d
        return external_event

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


from ..models.speaker_event_user import SpeakerEventUser
