# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Tracker")


@_attrs_define
class Tracker:
    """An account-wide tracker. Trackers created through the 2022 API carry only `id`,
    `name` and `vocabulary`.

    """

    id: str
    """ Tracker id (a numeric string). """
    name: str
    vocabulary: list[str]
    description: str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    languages: list[str] | Unset = UNSET
    exclude_vocabulary: list[str] | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    """ ISO 8601 date-time in UTC. """
    updated_on: datetime.datetime | Unset = UNSET
    """ ISO 8601 date-time in UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        vocabulary = self.vocabulary

        description = self.description

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        exclude_vocabulary: list[str] | Unset = UNSET
        if not isinstance(self.exclude_vocabulary, Unset):
            exclude_vocabulary = self.exclude_vocabulary

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "vocabulary": vocabulary,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if categories is not UNSET:
            field_dict["categories"] = categories
        if languages is not UNSET:
            field_dict["languages"] = languages
        if exclude_vocabulary is not UNSET:
            field_dict["excludeVocabulary"] = exclude_vocabulary
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if updated_on is not UNSET:
            field_dict["updatedOn"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        vocabulary = cast(list[str], d.pop("vocabulary"))

        description = d.pop("description", UNSET)

        categories = cast(list[str], d.pop("categories", UNSET))

        languages = cast(list[str], d.pop("languages", UNSET))

        exclude_vocabulary = cast(list[str], d.pop("excludeVocabulary", UNSET))

        _created_on = d.pop("createdOn", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        _updated_on = d.pop("updatedOn", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        tracker = cls(
            id=id,
            name=name,
            vocabulary=vocabulary,
            description=description,
            categories=categories,
            languages=languages,
            exclude_vocabulary=exclude_vocabulary,
            created_on=created_on,
            updated_on=updated_on,
        )

        tracker.additional_properties = d
        return tracker

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
