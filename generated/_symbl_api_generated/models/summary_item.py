# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SummaryItem")


@_attrs_define
class SummaryItem:
    """One sentence of a summary and the messages it condenses."""

    id: str
    text: str
    message_refs: list[MessageRef] | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    """ ISO 8601 date-time in UTC. """
    end_time: datetime.datetime | Unset = UNSET
    """ ISO 8601 date-time in UTC. """
    bookmark_reference: SummaryBookmarkReference | Unset = UNSET
    """ The bookmark a summary item was produced for (Go SDK only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        message_refs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.message_refs, Unset):
            message_refs = []
            for message_refs_item_data in self.message_refs:
                message_refs_item = message_refs_item_data.to_dict()
                message_refs.append(message_refs_item)

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        bookmark_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bookmark_reference, Unset):
            bookmark_reference = self.bookmark_reference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "text": text,
            }
        )
        if message_refs is not UNSET:
            field_dict["messageRefs"] = message_refs
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if bookmark_reference is not UNSET:
            field_dict["bookmarkReference"] = bookmark_reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        text = d.pop("text")

        _message_refs = d.pop("messageRefs", UNSET)
        message_refs: list[MessageRef] | Unset = UNSET
        if _message_refs is not UNSET:
            message_refs = []
            for message_refs_item_data in _message_refs:
                message_refs_item = MessageRef.from_dict(message_refs_item_data)

                message_refs.append(message_refs_item)

        _start_time = d.pop("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        _bookmark_reference = d.pop("bookmarkReference", UNSET)
        bookmark_reference: SummaryBookmarkReference | Unset
        if isinstance(_bookmark_reference, Unset):
            bookmark_reference = UNSET
        else:
            bookmark_reference = SummaryBookmarkReference.from_dict(_bookmark_reference)

        summary_item = cls(
            id=id,
            text=text,
            message_refs=message_refs,
            start_time=start_time,
            end_time=end_time,
            bookmark_reference=bookmark_reference,
        )

        summary_item.additional_properties = d
        return summary_item

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
from ..models.summary_bookmark_reference import SummaryBookmarkReference
