# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingMessageResponse")


@_attrs_define
class StreamingMessageResponse:
    """Finalized transcript messages, sent as soon as they are processed (no insights).

    Example:
        {'type': 'message_response', 'messages': [{'id': '53867534-0459-4d22-b590-984ee82166aa', 'from': {'id':
            '2c0c7bd2-8a2d-4b0f-9e3c-6a0e1d3a9f10', 'name': 'Jane', 'userId': 'jane.doe@example.com'}, 'payload':
            {'content': 'I was very impressed by your profile, and I am excited to know more about you.', 'contentType':
            'text/plain'}, 'duration': {'startTime': '2022-08-23T01:13:21.784Z', 'endTime': '2022-08-23T01:13:26.101Z',
            'timeOffset': 5.12, 'duration': 4.32}}], 'sequenceNumber': 0}

    """

    type_: Literal["message_response"]
    messages: list[StreamingMessage]
    sequence_number: int | Unset = UNSET
    """ Order of this response among the connection's responses. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        sequence_number = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "messages": messages,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequenceNumber"] = sequence_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["message_response"], d.pop("type"))
        if type_ != "message_response":
            raise ValueError(f"type must match const 'message_response', got '{type_}'")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = StreamingMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        sequence_number = d.pop("sequenceNumber", UNSET)

        streaming_message_response = cls(
            type_=type_,
            messages=messages,
            sequence_number=sequence_number,
        )

        streaming_message_response.additional_properties = d
        return streaming_message_response

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


from ..models.streaming_message import StreamingMessage
