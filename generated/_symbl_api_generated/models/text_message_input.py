# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TextMessageInput")


@_attrs_define
class TextMessageInput:
    """One message of a text conversation.

    Example:
        {'payload': {'content': 'Hi Mike, Natalia here. Could you send me the pricing proposal by Friday?',
            'contentType': 'text/plain'}, 'from': {'name': 'Natalia', 'userId': 'natalia@example.com'}, 'duration':
            {'startTime': '2020-07-21T16:02:19.010Z', 'endTime': '2020-07-21T16:04:19.990Z'}}

    """

    payload: TextMessagePayload
    """ The text of a message. """
    from_: TextMessageSender | Unset = UNSET
    """ Who wrote or said the message. """
    duration: TextMessageDuration | Unset = UNSET
    """ When the message started and ended. Symbl computes it when it is omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload.to_dict()

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payload = TextMessagePayload.from_dict(d.pop("payload"))

        _from_ = d.pop("from", UNSET)
        from_: TextMessageSender | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = TextMessageSender.from_dict(_from_)

        _duration = d.pop("duration", UNSET)
        duration: TextMessageDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = TextMessageDuration.from_dict(_duration)

        text_message_input = cls(
            payload=payload,
            from_=from_,
            duration=duration,
        )

        text_message_input.additional_properties = d
        return text_message_input

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


from ..models.text_message_duration import TextMessageDuration
from ..models.text_message_payload import TextMessagePayload
from ..models.text_message_sender import TextMessageSender
