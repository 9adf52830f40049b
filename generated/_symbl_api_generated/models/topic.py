# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Topic")


@_attrs_define
class Topic:
    """A topic of discussion."""

    id: str
    text: str
    type_: str
    """ Always `topic` in documented responses. """
    score: float | Unset = UNSET
    """ Relevance of the topic. """
    message_ids: list[str] | Unset = UNSET
    sentiment: Sentiment | Unset = UNSET
    """ Sentiment of a message or topic (en-US only). """
    parent_refs: list[ParentRef] | Unset = UNSET
    """ Parent topics (with `parentRefs=true`). """
    entities: list[EntityTag] | Unset = UNSET
    """ Entities in the topic (only in Symbl's generated client). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        type_ = self.type_

        score = self.score

        message_ids: list[str] | Unset = UNSET
        if not isinstance(self.message_ids, Unset):
            message_ids = self.message_ids

        sentiment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sentiment, Unset):
            sentiment = self.sentiment.to_dict()

        parent_refs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parent_refs, Unset):
            parent_refs = []
            for parent_refs_item_data in self.parent_refs:
                parent_refs_item = parent_refs_item_data.to_dict()
                parent_refs.append(parent_refs_item)

        entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

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
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if parent_refs is not UNSET:
            field_dict["parentRefs"] = parent_refs
        if entities is not UNSET:
            field_dict["entities"] = entities

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        text = d.pop("text")

        type_ = d.pop("type")

        score = d.pop("score", UNSET)

        message_ids = cast(list[str], d.pop("messageIds", UNSET))

        _sentiment = d.pop("sentiment", UNSET)
        sentiment: Sentiment | Unset
        if isinstance(_sentiment, Unset):
            sentiment = UNSET
        else:
            sentiment = Sentiment.from_dict(_sentiment)

        _parent_refs = d.pop("parentRefs", UNSET)
        parent_refs: list[ParentRef] | Unset = UNSET
        if _parent_refs is not UNSET:
            parent_refs = []
            for parent_refs_item_data in _parent_refs:
                parent_refs_item = ParentRef.from_dict(parent_refs_item_data)

                parent_refs.append(parent_refs_item)

        _entities = d.pop("entities", UNSET)
        entities: list[EntityTag] | Unset = UNSET
        if _entities is not UNSET:
            entities = []
            for entities_item_data in _entities:
                entities_item = EntityTag.from_dict(entities_item_data)

                entities.append(entities_item)

        topic = cls(
            id=id,
            text=text,
            type_=type_,
            score=score,
            message_ids=message_ids,
            sentiment=sentiment,
            parent_refs=parent_refs,
            entities=entities,
        )

        topic.additional_properties = d
        return topic

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


from ..models.entity_tag import EntityTag
from ..models.parent_ref import ParentRef
from ..models.sentiment import Sentiment
