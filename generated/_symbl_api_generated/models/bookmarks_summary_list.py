# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BookmarksSummaryList")


@_attrs_define
class BookmarksSummaryList:
    """Summaries of the bookmarks of a conversation, one entry per bookmark."""

    bookmarks_summary: list[BookmarkSummaryEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bookmarks_summary = []
        for bookmarks_summary_item_data in self.bookmarks_summary:
            bookmarks_summary_item = bookmarks_summary_item_data.to_dict()
            bookmarks_summary.append(bookmarks_summary_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bookmarksSummary": bookmarks_summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bookmarks_summary = []
        _bookmarks_summary = d.pop("bookmarksSummary")
        for bookmarks_summary_item_data in _bookmarks_summary:
            bookmarks_summary_item = BookmarkSummaryEntry.from_dict(bookmarks_summary_item_data)

            bookmarks_summary.append(bookmarks_summary_item)

        bookmarks_summary_list = cls(
            bookmarks_summary=bookmarks_summary,
        )

        bookmarks_summary_list.additional_properties = d
        return bookmarks_summary_list

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


from ..models.bookmark_summary_entry import BookmarkSummaryEntry
