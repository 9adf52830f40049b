# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.insight_type import InsightType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingInsight")


@_attrs_define
class StreamingInsight:
    """A question, action item or follow-up detected in real time."""

    type_: InsightType
    id: str | Unset = UNSET
    text: str | Unset = UNSET
    payload: StreamingPayload | Unset = UNSET
    """ Text content of a streaming message or insight. """
    confidence: float | Unset = UNSET
    hints: list[StreamingInsightHint] | Unset = UNSET
    tags: list[StreamingInsightTag] | Unset = UNSET
    from_: Person | Unset = UNSET
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """
    assignee: Person | Unset = UNSET
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """
    message_reference: StreamingMessageReference | Unset = UNSET
    """ A reference to a streaming message. """
    dismissed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        text = self.text

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        confidence = self.confidence

        hints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hints, Unset):
            hints = []
            for hints_item_data in self.hints:
                hints_item = hints_item_data.to_dict()
                hints.append(hints_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        assignee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignee, Unset):
            assignee = self.assignee.to_dict()

        message_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_reference, Unset):
            message_reference = self.message_reference.to_dict()

        dismissed = self.dismissed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if text is not UNSET:
            field_dict["text"] = text
        if payload is not UNSET:
            field_dict["payload"] = payload
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if hints is not UNSET:
            field_dict["hints"] = hints
        if tags is not UNSET:
            field_dict["tags"] = tags
        if from_ is not UNSET:
            field_dict["from"] = from_
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if message_reference is not UNSET:
            field_dict["messageReference"] = message_reference
        if dismissed is not UNSET:
            field_dict["dismissed"] = dismissed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = InsightType(d.pop("type"))

        id = d.pop("id", UNSET)

        text = d.pop("text", UNSET)

        _payload = d.pop("payload", UNSET)
        payload: StreamingPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = StreamingPayload.from_dict(_payload)

        confidence = d.pop("confidence", UNSET)

        _hints = d.pop("hints", UNSET)
        hints: list[StreamingInsightHint] | Unset = UNSET
        if _hints is not UNSET:
            hints = []
            for hints_item_data in _hints:
                hints_item = StreamingInsightHint.from_dict(hints_item_data)

                hints.append(hints_item)

        _tags = d.pop("tags", UNSET)
        tags: list[StreamingInsightTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = StreamingInsightTag.from_dict(tags_item_data)

                tags.append(tags_item)

        _from_ = d.pop("from", UNSET)
        from_: Person | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = Person.from_dict(_from_)

        _assignee = d.pop("assignee", UNSET)
        assignee: Person | Unset
        if isinstance(_assignee, Unset):
            assignee = UNSET
        else:
            assignee = Person.from_dict(_assignee)

        _message_reference = d.pop("messageReference", UNSET)
        message_reference: StreamingMessageReference | Unset
        if isinstance(_message_reference, Unset):
            message_reference = UNSET
        else:
            message_reference = StreamingMessageReference.from_dict(_message_reference)

        dismissed = d.pop("dismissed", UNSET)

        streaming_insight = cls(
            type_=type_,
            id=id,
            text=text,
            payload=payload,
            confidence=confidence,
            hints=hints,
            tags=tags,
            from_=from_,
            assignee=assignee,
            message_reference=message_reference,
            dismissed=dismissed,
        )

        streaming_insight.additional_properties = d
        return streaming_insight

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


from ..models.person import Person
from ..models.streaming_insight_hint import StreamingInsightHint
from ..models.streaming_insight_tag import StreamingInsightTag
from ..models.streaming_message_reference import StreamingMessageReference
from ..models.streaming_payload import StreamingPayload
