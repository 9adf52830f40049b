# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackerRequest")


@_attrs_define
class TrackerRequest:
    """A tracker to create. The Go SDK also insists on `categories`, `languages` and
    `vocabulary`; Symbl's documentation requires only `name`. Symbl documents no
    maximum name length, so none is set. Vocabulary terms must be distinct.

    """

    name: str
    """ Unique, case-sensitive name of the tracker. """
    description: str | Unset = UNSET
    """ What the tracker is for. """
    categories: list[str] | Unset = UNSET
    """ Free-form labels to organise trackers. """
    languages: list[str] | Unset = UNSET
    """ Languages the vocabulary is written in (BCP-47). Defaults to `en-US`. """
    vocabulary: list[str] | Unset = UNSET
    """ Phrases and keywords to detect (5 to 50 recommended); no duplicates. """
    exclude_vocabulary: list[str] | Unset = UNSET
    """ Phrases that must not count as a match; no duplicates. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        vocabulary: list[str] | Unset = UNSET
        if not isinstance(self.vocabulary, Unset):
            vocabulary = self.vocabulary

        exclude_vocabulary: list[str] | Unset = UNSET
        if not isinstance(self.exclude_vocabulary, Unset):
            exclude_vocabulary = self.exclude_vocabulary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if categories is not UNSET:
            field_dict["categories"] = categories
        if languages is not UNSET:
            field_dict["languages"] = languages
        if vocabulary is not UNSET:
            field_dict["vocabulary"] = vocabulary
        if exclude_vocabulary is not UNSET:
            field_dict["excludeVocabulary"] = exclude_vocabulary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        categories = cast(list[str], d.pop("categories", UNSET))

        languages = cast(list[str], d.pop("languages", UNSET))

        vocabulary = cast(list[str], d.pop("vocabulary", UNSET))

        exclude_vocabulary = cast(list[str], d.pop("excludeVocabulary", UNSET))

        tracker_request = cls(
            name=name,
            description=description,
            categories=categories,
            languages=languages,
            vocabulary=vocabulary,
            exclude_vocabulary=exclude_vocabulary,
        )

        tracker_request.additional_properties = d
        return tracker_request

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
