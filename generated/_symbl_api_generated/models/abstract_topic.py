# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AbstractTopic")


@_attrs_define
class AbstractTopic:
    """A higher-level theme of the conversation (Labs)."""

    id: str
    text: str
    type_: Literal["abstract_topic"]
    score: float | Unset = UNSET
    message_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        type_ = self.type_

        score = self.score

        message_ids: list[str] | Unset = UNSET
        if not isinstance(self.message_ids, Unset):
            message_ids = self.message_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "text": text,
                "type": type_,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score
        if message_ids is not UNSET:
            field_dict["messageIds"] = message_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        text = d.pop("text")

        type_ = cast(Literal["abstract_topic"], d.pop("type"))
        if type_ != "abstract_topic":
            raise ValueError(f"type must match const 'abstract_topic', got '{type_}'")

        score = d.pop("score", UNSET)

        message_ids = cast(list[str], d.pop("messageIds", UNSET))

        abstract_topic = cls(
            id=id,
            text=text,
            type_=type_,
            score=score,
            message_ids=message_ids,
        )

        abstract_topic.additional_properties = d
        return abstract_topic

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
