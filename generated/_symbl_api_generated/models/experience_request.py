# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.experience_name import ExperienceName
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperienceRequest")


@_attrs_define
class ExperienceRequest:
    """Which page to build and how to brand it. `videoUrl` is needed for `video-summary`
    and `audioUrl` for `audio-summary` (stated in words; not enforced by the schema).

        Example:
            {'name': 'verbose-text-summary', 'logo': 'https://symblsanitydata.s3.us-east-2.amazonaws.com/symbl-logo.png',
                'color': {'background': '#0A2136'}, 'readOnly': False}

    """

    name: ExperienceName
    """ Which pre-built page: `verbose-text-summary` (text Summary UI), `video-summary`
    (Video Summary UI) or `audio-summary` (Trackers and Analytics UI).
     """
    video_url: str | Unset = UNSET
    """ Public URL of the video, for `video-summary`. """
    audio_url: str | Unset = UNSET
    """ URL of the audio as submitted to the Async API, for `audio-summary`. """
    logo: str | Unset = UNSET
    """ Public URL of a custom logo. """
    favicon: str | Unset = UNSET
    """ Public URL of a custom favicon. """
    color: ExperienceColor | Unset = UNSET
    """ Colours of the page elements. """
    font: ExperienceFont | Unset = UNSET
    """ Font of the whole page. """
    summary_url_expires_in: float | Unset = 2592000.0
    """ Lifetime of the returned URL in seconds; 0 means it never expires. Default 30 days. """
    read_only: bool | Unset = False
    """ Generate a non-editable page. Does not affect URLs generated earlier. """
    enable_custom_domain: bool | Unset = UNSET
    """ Generate a URL on the account's custom domain (not available for `audio-summary`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name.value

        video_url = self.video_url

        audio_url = self.audio_url

        logo = self.logo

        favicon = self.favicon

        color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.to_dict()

        font: dict[str, Any] | Unset = UNSET
        if not isinstance(self.font, Unset):
            font = self.font.to_dict()

        summary_url_expires_in = self.summary_url_expires_in

        read_only = self.read_only

        enable_custom_domain = self.enable_custom_domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if video_url is not UNSET:
            field_dict["videoUrl"] = video_url
        if audio_url is not UNSET:
            field_dict["audioUrl"] = audio_url
        if logo is not UNSET:
            field_dict["logo"] = logo
        if favicon is not UNSET:
            field_dict["favicon"] = favicon
        if color is not UNSET:
            field_dict["color"] = color
        if font is not UNSET:
            field_dict["font"] = font
        if summary_url_expires_in is not UNSET:
            field_dict["summaryURLExpiresIn"] = summary_url_expires_in
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only
        if enable_custom_domain is not UNSET:
            field_dict["enableCustomDomain"] = enable_custom_domain

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = ExperienceName(d.pop("name"))

        video_url = d.pop("videoUrl", UNSET)

        audio_url = d.pop("audioUrl", UNSET)

        logo = d.pop("logo", UNSET)

        favicon = d.pop("favicon", UNSET)

        _color = d.pop("color", UNSET)
        color: ExperienceColor | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = ExperienceColor.from_dict(_color)

        _font = d.pop("font", UNSET)
        font: ExperienceFont | Unset
        if isinstance(_font, Unset):
            font = UNSET
        else:
            font = ExperienceFont.from_dict(_font)

        summary_url_expires_in = d.pop("summaryURLExpiresIn", UNSET)

        read_only = d.pop("readOnly", UNSET)

        enable_custom_domain = d.pop("enableCustomDomain", UNSET)

        experience_request = cls(
            name=name,
            video_url=video_url,
            audio_url=audio_url,
            logo=logo,
            favicon=favicon,
            color=color,
            font=font,
            summary_url_expires_in=summary_url_expires_in,
            read_only=read_only,
            enable_custom_domain=enable_custom_domain,
        )

        experience_request.additional_properties = d
        return experience_request

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


from ..models.experience_color import ExperienceColor
from ..models.experience_font import ExperienceFont
