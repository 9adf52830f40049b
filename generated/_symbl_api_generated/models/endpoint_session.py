# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointSession")


@_attrs_define
class EndpointSession:
    """The meeting. `name` is documented; `id`, `type`, `users` and `location` appear only in
    Symbl's generated client.

    """

    name: str | Unset = UNSET
    """ Meeting name, shown in the summary UI and email. """
    id: str | Unset = UNSET
    """ The caller's own id for the meeting. """
    type_: str | Unset = UNSET
    """ Kind of session. """
    users: list[Person] | Unset = UNSET
    """ Known participants. """
    location: EndpointSessionLocation | Unset = UNSET
    """ Where the meeting takes place (Symbl's generated client only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        type_ = self.type_

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if users is not UNSET:
            field_dict["users"] = users
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        _users = d.pop("users", UNSET)
        users: list[Person] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = Person.from_dict(users_item_data)

                users.append(users_item)

        _location = d.pop("location", UNSET)
        location: EndpointSessionLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = EndpointSessionLocation.from_dict(_location)

        endpoint_session = cls(
            name=name,
            id=id,
            type_=type_,
            users=users,
            location=location,
        )

        endpoint_session.additional_properties = d
        return endpoint_session

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


from ..models.endpoint_session_location import EndpointSessionLocation
from ..models.person import Person
