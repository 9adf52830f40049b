# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.streaming_event_type import StreamingEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingEvent")


@_attrs_define
class StreamingEvent:
    """A lifecycle event inside a `message` envelope; `data` details it.

    Example:
        {'type': 'conversation_created', 'data': {'conversationId': '5815170693595136'}}

    """

    type_: StreamingEventType
    """ A lifecycle event of a streaming connection. """
    data: StreamingEventData | Unset = UNSET
    """ Details of a lifecycle event; open, as Symbl adds fields per event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = StreamingEventType(d.pop("type"))

        _data = d.pop("data", UNSET)
        data: StreamingEventData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = StreamingEventData.from_dict(_data)

        streaming_event = cls(
            type_=type_,
            data=data,
        )

        streaming_event.additional_properties = d
        return streaming_event

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


from ..models.streaming_event_data import StreamingEventData
