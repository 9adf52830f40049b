# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Conversation")


@_attrs_define
class Conversation:
    """A conversation (meeting, call or chat). `type` is `meeting` in every documented
    example; other values are not documented, so it is left an open string rather than an
    enum so that a new value does not break clients.

    """

    id: str
    """ Conversation id (a numeric string). """
    name: str
    """ Name given at submission; defaults to the conversation id. """
    start_time: datetime.datetime
    """ ISO 8601 date-time in UTC. """
    type_: str = "meeting"
    end_time: datetime.datetime | Unset = UNSET
    """ ISO 8601 date-time in UTC. """
    members: list[Person] | Unset = UNSET
    metadata: ConversationMetadata | Unset = UNSET
    """ Caller-defined metadata on a conversation; string keys to string values of at most 128 characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        name = self.name

        start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "name": name,
                "startTime": start_time,
            }
        )
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if members is not UNSET:
            field_dict["members"] = members
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        name = d.pop("name")

        start_time = datetime.datetime.fromisoformat(d.pop("startTime"))

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        _members = d.pop("members", UNSET)
        members: list[Person] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = Person.from_dict(members_item_data)

                members.append(members_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: ConversationMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ConversationMetadata.from_dict(_metadata)

        conversation = cls(
            id=id,
            type_=type_,
            name=name,
            start_time=start_time,
            end_time=end_time,
            members=members,
            metadata=metadata,
        )

        conversation.additional_properties = d
        return conversation

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


from ..models.conversation_metadata import ConversationMetadata
from ..models.person import Person
