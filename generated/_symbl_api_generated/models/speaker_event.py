# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.speaker_event_type import SpeakerEventType

T = TypeVar("T", bound="SpeakerEvent")


@_attrs_define
class SpeakerEvent:
    """A speaker starting or stopping to speak at an offset."""

    type_: SpeakerEventType
    user: Person
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """
    offset: SpeakerEventOffset
    """ Time from the start of the conversation as seconds plus nanoseconds. `nanos` is not
    capped at 999999999 because Symbl's examples use 5000000000.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        user = self.user.to_dict()

        offset = self.offset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "user": user,
                "offset": offset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = SpeakerEventType(d.pop("type"))

        user = Person.from_dict(d.pop("user"))

        offset = SpeakerEventOffset.from_dict(d.pop("offset"))

        speaker_event = cls(
            type_=type_,
            user=user,
            offset=offset,
        )

        speaker_event.additional_properties = d
        return speaker_event

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
from ..models.speaker_event_offset import SpeakerEventOffset
