# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.streaming_bookmark_operation import StreamingBookmarkOperation
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingBookmarkRequest")


@_attrs_define
class StreamingBookmarkRequest:
    """Creates, updates or deletes a bookmark during a streaming conversation; answered by a
    `bookmark_response`. `id` is required for `update` and `delete`; `label`,
    `description`, `user`, `beginTimeOffset` and `duration` are sent for `create` and
    `update` (an update replaces the whole bookmark, as with the REST `PUT`).

        Example:
            {'type': 'bookmark_request', 'operation': 'create', 'label': 'Pricing discussion', 'description': 'The customer
                asks about the annual plan.', 'user': {'name': 'Jane', 'userId': 'jane.doe@example.com', 'email':
                'jane.doe@example.com'}, 'beginTimeOffset': 300, 'duration': 30}

    """

    type_: Literal["bookmark_request"]
    operation: StreamingBookmarkOperation
    """ What a `bookmark_request` does. """
    id: str | Unset = UNSET
    """ Id of a bookmark created during this conversation (update, delete). """
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    user: Person | Unset = UNSET
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """
    begin_time_offset: int | Unset = UNSET
    """ Seconds from the beginning of the conversation where the bookmark starts. """
    duration: int | Unset = UNSET
    """ Length of the bookmark in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        operation = self.operation.value

        id = self.id

        label = self.label

        description = self.description

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        begin_time_offset = self.begin_time_offset

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "operation": operation,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if user is not UNSET:
            field_dict["user"] = user
        if begin_time_offset is not UNSET:
            field_dict["beginTimeOffset"] = begin_time_offset
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["bookmark_request"], d.pop("type"))
        if type_ != "bookmark_request":
            raise ValueError(f"type must match const 'bookmark_request', got '{type_}'")

        operation = StreamingBookmarkOperation(d.pop("operation"))

        id = d.pop("id", UNSET)

        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        _user = d.pop("user", UNSET)
        user: Person | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = Person.from_dict(_user)

        begin_time_offset = d.pop("beginTimeOffset", UNSET)

        duration = d.pop("duration", UNSET)

        streaming_bookmark_request = cls(
            type_=type_,
            operation=operation,
            id=id,
            label=label,
            description=description,
            user=user,
            begin_time_offset=begin_time_offset,
            duration=duration,
        )

        streaming_bookmark_request.additional_properties = d
        return streaming_bookmark_request

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
