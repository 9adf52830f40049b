# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BookmarkSummaryEntry")


@_attrs_define
class BookmarkSummaryEntry:
    """The summary of one bookmark, tagged with the bookmark's id."""

    bookmark_id: str
    """ Bookmark id (an opaque string; Symbl's examples do not fix its format). """
    summary: list[SummaryItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bookmark_id = self.bookmark_id

        summary = []
        for summary_item_data in self.summary:
            summary_item = summary_item_data.to_dict()
            summary.append(summary_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bookmarkId": bookmark_id,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bookmark_id = d.pop("bookmarkId")

        summary = []
        _summary = d.pop("summary")
        for summary_item_data in _summary:
            summary_item = SummaryItem.from_dict(summary_item_data)

            summary.append(summary_item)

        bookmark_summary_entry = cls(
            bookmark_id=bookmark_id,
            summary=summary,
        )

        bookmark_summary_entry.additional_properties = d
        return bookmark_summary_entry

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


from ..models.summary_item import SummaryItem
