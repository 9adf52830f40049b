# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Intent")


@_attrs_define
class Intent:
    """An intent detected in a conversation (generated client only; loosely described)."""

    id: str
    intent: str
    """ The detected intent's name. """
    text: str | Unset = UNSET
    type_: str | Unset = UNSET
    score: float | Unset = UNSET
    message_ids: list[str] | Unset = UNSET
    alternatives: list[IntentAlternativesItem] | Unset = UNSET
    """ Other candidate intents; shape undocumented. """
    entities: list[IntentEntitiesItem] | Unset = UNSET
    """ Entities related to the intent; shape undocumented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        intent = self.intent

        text = self.text

        type_ = self.type_

        score = self.score

        message_ids: list[str] | Unset = UNSET
        if not isinstance(self.message_ids, Unset):
            message_ids = self.message_ids

        alternatives: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alternatives, Unset):
            alternatives = []
            for alternatives_item_data in self.alternatives:
                alternatives_item = alternatives_item_data.to_dict()
                alternatives.append(alternatives_item)

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
                "intent": intent,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if type_ is not UNSET:
            field_dict["type"] = type_
        if score is not UNSET:
            field_dict["score"] = score
        if message_ids is not UNSET:
            field_dict["messageIds"] = message_ids
        if alternatives is not UNSET:
            field_dict["alternatives"] = alternatives
        if entities is not UNSET:
            field_dict["entities"] = entities

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        intent = d.pop("intent")

        text = d.pop("text", UNSET)

        type_ = d.pop("type", UNSET)

        score = d.pop("score", UNSET)

        message_ids = cast(list[str], d.pop("messageIds", UNSET))

        _alternatives = d.pop("alternatives", UNSET)
        alternatives: list[IntentAlternativesItem] | Unset = UNSET
        if _alternatives is not UNSET:
            alternatives = []
            for alternatives_item_data in _alternatives:
                alternatives_item = IntentAlternativesItem.from_dict(alternatives_item_data)

                alternatives.append(alternatives_item)

        _entities = d.pop("entities", UNSET)
        entities: list[IntentEntitiesItem] | Unset = UNSET
        if _entities is not UNSET:
            entities = []
            for entities_item_data in _entities:
                entities_item = IntentEntitiesItem.from_dict(entities_item_data)

                entities.append(entities_item)

        intent = cls(
            id=id,
            intent=intent,
            text=text,
            type_=type_,
            score=score,
            message_ids=message_ids,
            alternatives=alternatives,
            entities=entities,
        )

        intent.additional_properties = d
        return intent

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


from ..models.intent_alternatives_item import IntentAlternativesItem
from ..models.intent_entities_item import IntentEntitiesItem
