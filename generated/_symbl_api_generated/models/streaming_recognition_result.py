# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingRecognitionResult")


@_attrs_define
class StreamingRecognitionResult:
    """Live caption inside a `message` envelope: interim (`isFinal: false`) and final speech
    recognition results for the audio as it arrives. `message_response` carries the
    finalized, punctuated messages later.

        Example:
            {'type': 'recognition_result', 'isFinal': False, 'payload': {'raw': {'alternatives': [{'transcript': 'how much
                does', 'confidence': 0.81, 'words': [{'word': 'how', 'startTime': {'seconds': '5', 'nanos': '100000000'},
                'endTime': {'seconds': '5', 'nanos': '300000000'}}]}]}}, 'punctuated': {'transcript': 'How much does'}, 'user':
                {'userId': 'jane.doe@example.com', 'name': 'Jane'}}

    """

    type_: Literal["recognition_result"]
    is_final: bool | Unset = UNSET
    """ `false` for an interim hypothesis that may still change. """
    payload: StreamingRecognitionPayload | Unset = UNSET
    """ The recognizer's raw output. """
    punctuated: StreamingPunctuated | Unset = UNSET
    """ The recognized text with punctuation and capitalization. """
    user: Person | Unset = UNSET
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        is_final = self.is_final

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        punctuated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.punctuated, Unset):
            punctuated = self.punctuated.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if is_final is not UNSET:
            field_dict["isFinal"] = is_final
        if payload is not UNSET:
            field_dict["payload"] = payload
        if punctuated is not UNSET:
            field_dict["punctuated"] = punctuated
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["recognition_result"], d.pop("type"))
        if type_ != "recognition_result":
            raise ValueError(f"type must match const 'recognition_result', got '{type_}'")

        is_final = d.pop("isFinal", UNSET)

        _payload = d.pop("payload", UNSET)
        payload: StreamingRecognitionPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = StreamingRecognitionPayload.from_dict(_payload)

        _punctuated = d.pop("punctuated", UNSET)
        punctuated: StreamingPunctuated | Unset
        if isinstance(_punctuated, Unset):
            punctuated = UNSET
        else:
            punctuated = StreamingPunctuated.from_dict(_punctuated)

        _user = d.pop("user", UNSET)
        user: Person | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = Person.from_dict(_user)

        streaming_recognition_result = cls(
            type_=type_,
            is_final=is_final,
            payload=payload,
            punctuated=punctuated,
            user=user,
        )

        streaming_recognition_result.additional_properties = d
        return streaming_recognition_result

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
from ..models.streaming_punctuated import StreamingPunctuated
from ..models.streaming_recognition_payload import StreamingRecognitionPayload
