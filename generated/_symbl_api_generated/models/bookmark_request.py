# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BookmarkRequest")


@_attrs_define
class BookmarkRequest:
    """A bookmark to create, or the complete replacement of one. Give the span either as
    `beginTimeOffset` + `duration` (both together) or as `messageRefs`; Symbl answers 400
    ("Either create/update bookmark using 'beginTimeOffset + duration' or 'messageRefs'")
    when neither is present. Both alternatives stay optional properties: a `oneOf` (or
    `anyOf`) of two `required` lists makes openapi-python-client silently drop the model
    and type the body as `Any`. The rule is instead enforced by `if`/`then` (without
    `messageRefs`, `beginTimeOffset` is required) and `dependentRequired` (the time pair
    goes together), which validators apply and the generator ignores.

        Example:
            {'label': 'Pricing discussion', 'description': 'The customer asks about the annual plan and discounts.', 'user':
                {'name': 'Natalia', 'userId': 'natalia@example.com', 'email': 'natalia@example.com'}, 'beginTimeOffset': 300,
                'duration': 30}

    """

    label: str
    """ A short label for the bookmark. """
    description: str | Unset = UNSET
    """ Longer description. Optional, but when present it must not be empty: Symbl answers
    400 `"description" is not allowed to be empty`.
     """
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
    """ Ids of consecutive messages of the conversation (from `GET …/messages`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        bookmark_request = cls(
            label=label,
            description=description,
            user=user,
            begin_time_offset=begin_time_offset,
            duration=duration,
            message_refs=message_refs,
        )

        bookmark_request.additional_properties = d
        return bookmark_request

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
