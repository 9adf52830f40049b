# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupRequest")


@_attrs_define
class GroupRequest:
    """A conversation group to create, or the full replacement of one. `id` is only
    meaningful on update, where it must equal the path's `groupId`.

    """

    name: str
    """ Group name; letters, digits, spaces and only the special characters `-` `_` `"`. """
    criteria: str
    """ RSQL expression over conversation metadata selecting the group's conversations,
    for example `conversation.metadata.agentId==johndoe`.
     """
    id: str | Unset = UNSET
    """ The group's id (update only; ignored on create). """
    description: str | Unset = UNSET
    """ What the group is for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        criteria = self.criteria

        id = self.id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "criteria": criteria,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        criteria = d.pop("criteria")

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        group_request = cls(
            name=name,
            criteria=criteria,
            id=id,
            description=description,
        )

        group_request.additional_properties = d
        return group_request

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
