# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.insight_type import InsightType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Insight")


@_attrs_define
class Insight:
    """A question, action item or follow-up detected in a conversation.

    Example:
        {'id': '4567077831573504', 'text': 'Vikram you need to work on the hackathon for our customers first.', 'type':
            'action_item', 'score': 0.9456, 'messageIds': ['4854542482014208'], 'entities': [{'type': 'person', 'text':
            'Vikram', 'offset': 0, 'value': {'assignee': True, 'name': 'Vikram'}}], 'phrases': [{'type': 'action_phrase',
            'text': 'make this hackathon work for our customers first'}], 'from': {'id':
            'c99e5b4a-4a2b-4e8a-9b57-2b3c8e1f0a11', 'name': 'Lucy', 'userId': 'lucy@example.com'}, 'definitive': True,
            'assignee': {'name': 'Vikram'}, 'dueBy': '2020-06-22T07:00:00.000Z'}

    """

    id: str
    text: str
    type_: InsightType
    score: float | Unset = UNSET
    """ Confidence of the detection. """
    message_ids: list[str] | Unset = UNSET
    message_refs: list[MessageRef] | Unset = UNSET
    entities: list[EntityTag] | Unset = UNSET
    phrases: list[Phrase] | Unset = UNSET
    from_: Person | Unset = UNSET
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """
    definitive: bool | Unset = UNSET
    """ Whether the action item is definite rather than tentative. """
    assignee: Person | Unset = UNSET
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """
    due_by: datetime.datetime | Unset = UNSET
    """ ISO 8601 date-time in UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        type_ = self.type_.value

        score = self.score

        message_ids: list[str] | Unset = UNSET
        if not isinstance(self.message_ids, Unset):
            message_ids = self.message_ids

        message_refs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.message_refs, Unset):
            message_refs = []
            for message_refs_item_data in self.message_refs:
                message_refs_item = message_refs_item_data.to_dict()
                message_refs.append(message_refs_item)

        entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

        phrases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phrases, Unset):
            phrases = []
            for phrases_item_data in self.phrases:
                phrases_item = phrases_item_data.to_dict()
                phrases.append(phrases_item)

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        definitive = self.definitive

        assignee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignee, Unset):
            assignee = self.assignee.to_dict()

        due_by: str | Unset = UNSET
        if not isinstance(self.due_by, Unset):
            due_by = self.due_by.isoformat()

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
        if message_refs is not UNSET:
            field_dict["messageRefs"] = message_refs
        if entities is not UNSET:
            field_dict["entities"] = entities
        if phrases is not UNSET:
            field_dict["phrases"] = phrases
        if from_ is not UNSET:
            field_dict["from"] = from_
        if definitive is not UNSET:
            field_dict["definitive"] = definitive
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if due_by is not UNSET:
            field_dict["dueBy"] = due_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        text = d.pop("text")

        type_ = InsightType(d.pop("type"))

        score = d.pop("score", UNSET)

        message_ids = cast(list[str], d.pop("messageIds", UNSET))

        _message_refs = d.pop("messageRefs", UNSET)
        message_refs: list[MessageRef] | Unset = UNSET
        if _message_refs is not UNSET:
            message_refs = []
            for message_refs_item_data in _message_refs:
                message_refs_item = MessageRef.from_dict(message_refs_item_data)

                message_refs.append(message_refs_item)

        _entities = d.pop("entities", UNSET)
        entities: list[EntityTag] | Unset = UNSET
        if _entities is not UNSET:
            entities = []
            for entities_item_data in _entities:
                entities_item = EntityTag.from_dict(entities_item_data)

                entities.append(entities_item)

        _phrases = d.pop("phrases", UNSET)
        phrases: list[Phrase] | Unset = UNSET
        if _phrases is not UNSET:
            phrases = []
            for phrases_item_data in _phrases:
                phrases_item = Phrase.from_dict(phrases_item_data)

                phrases.append(phrases_item)

        _from_ = d.pop("from", UNSET)
        from_: Person | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = Person.from_dict(_from_)

        definitive = d.pop("definitive", UNSET)

        _assignee = d.pop("assignee", UNSET)
        assignee: Person | Unset
        if isinstance(_assignee, Unset):
            assignee = UNSET
        else:
            assignee = Person.from_dict(_assignee)

        _due_by = d.pop("dueBy", UNSET)
        due_by: datetime.datetime | Unset
        if isinstance(_due_by, Unset):
            due_by = UNSET
        else:
            due_by = datetime.datetime.fromisoformat(_due_by)

        insight = cls(
            id=id,
            text=text,
            type_=type_,
            score=score,
            message_ids=message_ids,
            message_refs=message_refs,
            entities=entities,
            phrases=phrases,
            from_=from_,
            definitive=definitive,
            assignee=assignee,
            due_by=due_by,
        )

        insight.additional_properties = d
        return insight

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
from ..models.message_ref import MessageRef
from ..models.person import Person
from ..models.phrase import Phrase
