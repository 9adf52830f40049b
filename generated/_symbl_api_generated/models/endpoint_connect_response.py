# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointConnectResponse")


@_attrs_define
class EndpointConnectResponse:
    """The telephony connection. `connectionId` is ephemeral: it stops being valid once the
    connection is stopped or closes. `summaryInfo` appears only in Symbl's generated client.

    """

    connection_id: UUID
    """ Id of this connection, needed to push events and to stop it. """
    event_url: str | Unset = UNSET
    """ URL to push speaker events to (`pushEvent`). """
    result_web_socket_url: str | Unset = UNSET
    """ WebSocket URL delivering the same events with lower latency. """
    conversation_id: str | Unset = UNSET
    """ Conversation id (a numeric string). """
    summary_info: list[EndpointSummaryInfo] | Unset = UNSET
    """ Summary UI links per recipient. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = str(self.connection_id)

        event_url = self.event_url

        result_web_socket_url = self.result_web_socket_url

        conversation_id = self.conversation_id

        summary_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.summary_info, Unset):
            summary_info = []
            for summary_info_item_data in self.summary_info:
                summary_info_item = summary_info_item_data.to_dict()
                summary_info.append(summary_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connectionId": connection_id,
            }
        )
        if event_url is not UNSET:
            field_dict["eventUrl"] = event_url
        if result_web_socket_url is not UNSET:
            field_dict["resultWebSocketUrl"] = result_web_socket_url
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
        if summary_info is not UNSET:
            field_dict["summaryInfo"] = summary_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        connection_id = UUID(d.pop("connectionId"))

        event_url = d.pop("eventUrl", UNSET)

        result_web_socket_url = d.pop("resultWebSocketUrl", UNSET)

        conversation_id = d.pop("conversationId", UNSET)

        _summary_info = d.pop("summaryInfo", UNSET)
        summary_info: list[EndpointSummaryInfo] | Unset = UNSET
        if _summary_info is not UNSET:
            summary_info = []
            for summary_info_item_data in _summary_info:
                summary_info_item = EndpointSummaryInfo.from_dict(summary_info_item_data)

                summary_info.append(summary_info_item)

        endpoint_connect_response = cls(
            connection_id=connection_id,
            event_url=event_url,
            result_web_socket_url=result_web_socket_url,
            conversation_id=conversation_id,
            summary_info=summary_info,
        )

        endpoint_connect_response.additional_properties = d
        return endpoint_connect_response

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


from ..models.endpoint_summary_info import EndpointSummaryInfo
