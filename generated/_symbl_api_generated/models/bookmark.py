# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Bookmark")


@_attrs_define
class Bookmark:
    """A stored bookmark: the `BookmarkRequest` fields plus its `id`. The properties are
    repeated rather than composed with `allOf`, so that the request-only span rules do
    not apply to responses and linters that check examples strictly accept them.

        Example:
            {'id': '5243525907087360', 'label': 'Pricing discussion', 'description': 'The customer asks about the annual
                plan and discounts.', 'user': {'name': 'Natalia', 'userId': 'natalia@example.com', 'email':
                'natalia@example.com'}, 'beginTimeOffset': 300, 'duration': 30}

    """

    id: str
    """ Bookmark id (an opaque string; Symbl's examples do not fix its format). """
    label: str
    """ A short label for the bookmark. """
    description: str | Unset = UNSET
    """ Longer description; absent when the bookmark has none. """
    user: Person | Unset = UNSET
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """
    begin_time_offset: int | Unset = UNSET
    """ Start of the span, in seconds from the beginning of the conversation. """
    duration: int | Unset = UNSET
    """ Length of the span in seconds, counted from `beginTimeOffset`. """
    message_refs: list[MessageRef] | Unset = UNSET
    """ The consecutive messages the bookmark covers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        description = self.description

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        begin_time_offset = self.begin_time_offset

        duration = self.duration

        message_refs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.message_refs, Unset):
            message_refs = []
            for message_refs_item_data in self.message_refs:
                message_refs_item = message_refs_item_data.to_dict()
                message_refs.append(message_refs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if user is not UNSET:
            field_dict["user"] = user
        if begin_time_offset is not UNSET:
            field_dict["beginTimeOffset"] = begin_time_offset
        if duration is not UNSET:
            field_dict["duration"] = duration
        if message_refs is not UNSET:
            field_dict["messageRefs"] = message_refs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label")

        description = d.pop("description", UNSET)

        _user = d.pop("user", UNSET)
        user: Person | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = Person.from_dict(_user)

        begin_time_offset = d.pop("beginTimeOffset", UNSET)

        duration = d.pop("duration", UNSET)

        _message_refs = d.pop("messageRefs", UNSET)
        message_refs: list[MessageRef] | Unset = UNSET
        if _message_refs is not UNSET:
            message_refs = []
            for message_refs_item_data in _message_refs:
                message_refs_item = MessageRef.from_dict(message_refs_item_data)

                message_refs.append(message_refs_item)

        bookmark = cls(
            id=id,
            label=label,
            description=description,
            user=user,
            begin_time_offset=begin_time_offset,
            duration=duration,
            message_refs=message_refs,
        )

        bookmark.additional_properties = d
        return bookmark

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


from ..models.message_ref import MessageRef
from ..models.person import Person
