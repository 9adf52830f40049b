# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EndpointStopRequest")


@_attrs_define
class EndpointStopRequest:
    """Hang up a connection started earlier."""

    operation: Literal["stop"]
    """ Always `stop` for this shape. """
    connection_id: UUID
    """ The `connectionId` returned when the connection was started. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation = self.operation

        connection_id = str(self.connection_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation": operation,
                "connectionId": connection_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        operation = cast(Literal["stop"], d.pop("operation"))
        if operation != "stop":
            raise ValueError(f"operation must match const 'stop', got '{operation}'")

        connection_id = UUID(d.pop("connectionId"))

        endpoint_stop_request = cls(
            operation=operation,
            connection_id=connection_id,
        )

        endpoint_stop_request.additional_properties = d
        return endpoint_stop_request

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
