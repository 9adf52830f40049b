# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_action_invoke_on import EndpointActionInvokeOn
from ..models.endpoint_action_name import EndpointActionName

T = TypeVar("T", bound="EndpointAction")


@_attrs_define
class EndpointAction:
    """An action run when the connection starts or stops."""

    invoke_on: EndpointActionInvokeOn
    """ When to run the action. """
    name: EndpointActionName
    """ The action; only `sendSummaryEmail` is supported. """
    parameters: EndpointActionParameters
    """ Inputs of the action. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoke_on = self.invoke_on.value

        name = self.name.value

        parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invokeOn": invoke_on,
                "name": name,
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        invoke_on = EndpointActionInvokeOn(d.pop("invokeOn"))

        name = EndpointActionName(d.pop("name"))

        parameters = EndpointActionParameters.from_dict(d.pop("parameters"))

        endpoint_action = cls(
            invoke_on=invoke_on,
            name=name,
            parameters=parameters,
        )

        endpoint_action.additional_properties = d
        return endpoint_action

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


from ..models.endpoint_action_parameters import EndpointActionParameters
