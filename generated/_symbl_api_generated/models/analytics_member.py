# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsMember")


@_attrs_define
class AnalyticsMember:
    """Speaking analytics of one member."""

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    user_id: str | Unset = UNSET
    pace: AnalyticsPace | Unset = UNSET
    talk_time: AnalyticsTimeShare | Unset = UNSET
    """ Talk or listen time of a member. """
    listen_time: AnalyticsTimeShare | Unset = UNSET
    """ Talk or listen time of a member. """
    overlap: AnalyticsOverlap | Unset = UNSET
    """ Overlapping speech of a member; empty for Async and Telephony conversations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        email = self.email

        user_id = self.user_id

        pace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pace, Unset):
            pace = self.pace.to_dict()

        talk_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.talk_time, Unset):
            talk_time = self.talk_time.to_dict()

        listen_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.listen_time, Unset):
            listen_time = self.listen_time.to_dict()

        overlap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overlap, Unset):
            overlap = self.overlap.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if pace is not UNSET:
            field_dict["pace"] = pace
        if talk_time is not UNSET:
            field_dict["talkTime"] = talk_time
        if listen_time is not UNSET:
            field_dict["listenTime"] = listen_time
        if overlap is not UNSET:
            field_dict["overlap"] = overlap

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        user_id = d.pop("userId", UNSET)

        _pace = d.pop("pace", UNSET)
        pace: AnalyticsPace | Unset
        if isinstance(_pace, Unset):
            pace = UNSET
        else:
            pace = AnalyticsPace.from_dict(_pace)

        _talk_time = d.pop("talkTime", UNSET)
        talk_time: AnalyticsTimeShare | Unset
        if isinstance(_talk_time, Unset):
            talk_time = UNSET
        else:
            talk_time = AnalyticsTimeShare.from_dict(_talk_time)

        _listen_time = d.pop("listenTime", UNSET)
        listen_time: AnalyticsTimeShare | Unset
        if isinstance(_listen_time, Unset):
            listen_time = UNSET
        else:
            listen_time = AnalyticsTimeShare.from_dict(_listen_time)

        _overlap = d.pop("overlap", UNSET)
        overlap: AnalyticsOverlap | Unset
        if isinstance(_overlap, Unset):
            overlap = UNSET
        else:
            overlap = AnalyticsOverlap.from_dict(_overlap)

        analytics_member = cls(
            id=id,
            name=name,
            email=email,
            user_id=user_id,
            pace=pace,
            talk_time=talk_time,
            listen_time=listen_time,
            overlap=overlap,
        )

        analytics_member.additional_properties = d
        return analytics_member

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


from ..models.analytics_overlap import AnalyticsOverlap
from ..models.analytics_pace import AnalyticsPace
from ..models.analytics_time_share import AnalyticsTimeShare
