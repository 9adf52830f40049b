# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingMessageEnvelope")


@_attrs_define
class StreamingMessageEnvelope:
    """The `message` envelope: either a live caption (`message.type` =
    `recognition_result`) or a lifecycle event (`started_listening`,
    `conversation_created`, ...). `conversation_created` carries the `conversationId`
    used with the REST Conversation API; subscribers read it from
    `message.data.conversationId`.

        Example:
            {'type': 'message', 'message': {'type': 'recognition_result', 'isFinal': True, 'payload': {'raw':
                {'alternatives': [{'transcript': 'how much does it cost', 'confidence': 0.94, 'words': [{'word': 'how',
                'startTime': {'seconds': '5', 'nanos': '100000000'}, 'endTime': {'seconds': '5', 'nanos': '300000000'}},
                {'word': 'much', 'startTime': {'seconds': '5', 'nanos': '300000000'}, 'endTime': {'seconds': '5', 'nanos':
                '500000000'}}]}]}}, 'punctuated': {'transcript': 'How much does it cost?'}, 'user': {'userId':
                'jane.doe@example.com', 'name': 'Jane'}}}

    """

    type_: Literal["message"]
    message: StreamingEvent | StreamingRecognitionResult
    time_offset: float | Unset = UNSET
    """ Offset of a recognition result in the stream (seen in Symbl's Go SDK structs). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message: dict[str, Any]
        if isinstance(self.message, StreamingRecognitionResult):
            message = self.message.to_dict()
        else:
            message = self.message.to_dict()

        time_offset = self.time_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "message": message,
            }
        )
        if time_offset is not UNSET:
            field_dict["timeOffset"] = time_offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["message"], d.pop("type"))
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")

        def _parse_message(data: object) -> StreamingEvent | StreamingRecognitionResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_type_0 = StreamingRecognitionResult.from_dict(data)

                return message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            message_type_1 = StreamingEvent.from_dict(data)

            return message_type_1

        message = _parse_message(d.pop("message"))

        time_offset = d.pop("timeOffset", UNSET)

        streaming_message_envelope = cls(
            type_=type_,
            message=message,
            time_offset=time_offset,
        )

        streaming_message_envelope.additional_properties = d
        return streaming_message_envelope

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


from ..models.streaming_event import StreamingEvent
from ..models.streaming_recognition_result import StreamingRecognitionResult
