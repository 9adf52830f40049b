# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StreamingEntityResponse")


@_attrs_define
class StreamingEntityResponse:
    """Entities detected in real time (with `config.detectEntities`).

    Example:
        {'type': 'entity_response', 'entities': [{'type': 'Company Executives', 'subType': 'Marketing Director',
            'category': 'Custom', 'matches': [{'detectedValue': 'marketing director', 'messageRefs': [{'id':
            '53867534-0459-4d22-b590-984ee82166aa', 'text': 'I spoke with our marketing director yesterday.', 'offset':
            16}]}]}]}

    """

    type_: Literal["entity_response"]
    entities: list[StreamingDetectedEntity]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        entities = []
        for entities_item_data in self.entities:
            entities_item = entities_item_data.to_dict()
            entities.append(entities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "entities": entities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["entity_response"], d.pop("type"))
        if type_ != "entity_response":
            raise ValueError(f"type must match const 'entity_response', got '{type_}'")

        entities = []
        _entities = d.pop("entities")
        for entities_item_data in _entities:
            entities_item = StreamingDetectedEntity.from_dict(entities_item_data)

            entities.append(entities_item)

        streaming_entity_response = cls(
            type_=type_,
            entities=entities,
        )

        streaming_entity_response.additional_properties = d
        return streaming_entity_response

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


from ..models.streaming_detected_entity import StreamingDetectedEntity
