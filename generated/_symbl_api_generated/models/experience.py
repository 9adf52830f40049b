# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.experience_name import ExperienceName

T = TypeVar("T", bound="Experience")


@_attrs_define
class Experience:
    """A generated pre-built page.

    Example:
        {'name': 'verbose-text-summary', 'url':
            'https://meetinginsights.symbl.ai/meeting/#/eyJzZXNzaW9uSWQiOiI0NTMyNTY2NDc2NDU1OTM2In0='}

    """

    name: ExperienceName
    """ Which pre-built page: `verbose-text-summary` (text Summary UI), `video-summary`
    (Video Summary UI) or `audio-summary` (Trackers and Analytics UI).
     """
    url: str
    """ Shareable URL of the page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name.value

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = ExperienceName(d.pop("name"))

        url = d.pop("url")

        experience = cls(
            name=name,
            url=url,
        )

        experience.additional_properties = d
        return experience

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
