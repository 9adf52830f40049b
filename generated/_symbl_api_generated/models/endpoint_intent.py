# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_intent_intent import EndpointIntentIntent
from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointIntent")


@_attrs_define
class EndpointIntent:
    """A call-outcome intent to detect (Symbl's generated client only)."""

    intent: EndpointIntentIntent
    silence_timeout: int | Unset = UNSET
    """ Seconds of silence after which the intent is evaluated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intent = self.intent.value

        silence_timeout = self.silence_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intent": intent,
            }
        )
        if silence_timeout is not UNSET:
            field_dict["silenceTimeout"] = silence_timeout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        intent = EndpointIntentIntent(d.pop("intent"))

        silence_timeout = d.pop("silenceTimeout", UNSET)

        endpoint_intent = cls(
            intent=intent,
            silence_timeout=silence_timeout,
        )

        endpoint_intent.additional_properties = d
        return endpoint_intent

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
