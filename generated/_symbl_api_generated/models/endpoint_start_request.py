# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_start_request_insight_types_item import EndpointStartRequestInsightTypesItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointStartRequest")


@_attrs_define
class EndpointStartRequest:
    """Dial Symbl into a call."""

    operation: Literal["start"]
    """ Always `start` for this shape. """
    endpoint: Endpoint
    """ Where Symbl dials in. For `pstn` give `phoneNumber` (and optionally `dtmf`); for `sip`
    give `uri` (and optionally `providerName` and `audioConfig`). `language`,
    `timezoneOffset`, `idleTimeout` and `transportConfig` appear only in Symbl's generated
    client.
     """
    actions: list[EndpointAction] | Unset = UNSET
    """ Actions to run while the connection is active (only `sendSummaryEmail` exists). """
    data: EndpointSessionData | Unset = UNSET
    """ Information about the meeting being joined. """
    languages: list[str] | Unset = UNSET
    """ BCP-47 language of the call; only the first element is used. Defaults to `en-US`.
     """
    timezone: str | Unset = UNSET
    """ IANA time-zone name (for example `US/Pacific`) used for the meeting start time in
    the summary UI and email. Defaults to UTC.
     """
    insight_types: list[EndpointStartRequestInsightTypesItem] | Unset = UNSET
    """ Insight types to detect during the call (seen in the JavaScript SDK examples). """
    intents: list[EndpointIntent] | Unset = UNSET
    """ Call-outcome intents to detect (Symbl's generated client only). """
    endpoint_webhook_url: str | Unset = UNSET
    """ URL Symbl notifies about the connection's events (Symbl's generated client only). """
    callback_url: str | Unset = UNSET
    """ URL Symbl calls back when the connection ends (Symbl's generated client only). """
    headers: EndpointStartRequestHeaders | Unset = UNSET
    """ Extra headers for the call set-up, name to value (Symbl's generated client only). """
    validation_token: str | Unset = UNSET
    """ Token echoed to the webhook so the receiver can check it (Symbl's generated client only). """
    push_speaker_events: bool | Unset = UNSET
    """ Ask Symbl to derive speaker events for a PSTN call (sent by the Python SDK). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation = self.operation

        endpoint = self.endpoint.to_dict()

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        timezone = self.timezone

        insight_types: list[str] | Unset = UNSET
        if not isinstance(self.insight_types, Unset):
            insight_types = []
            for insight_types_item_data in self.insight_types:
                insight_types_item = insight_types_item_data.value
                insight_types.append(insight_types_item)

        intents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.intents, Unset):
            intents = []
            for intents_item_data in self.intents:
                intents_item = intents_item_data.to_dict()
                intents.append(intents_item)

        endpoint_webhook_url = self.endpoint_webhook_url

        callback_url = self.callback_url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        validation_token = self.validation_token

        push_speaker_events = self.push_speaker_events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation": operation,
                "endpoint": endpoint,
            }
        )
        if actions is not UNSET:
            field_dict["actions"] = actions
        if data is not UNSET:
            field_dict["data"] = data
        if languages is not UNSET:
            field_dict["languages"] = languages
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if insight_types is not UNSET:
            field_dict["insightTypes"] = insight_types
        if intents is not UNSET:
            field_dict["intents"] = intents
        if endpoint_webhook_url is not UNSET:
            field_dict["endpointWebhookUrl"] = endpoint_webhook_url
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if validation_token is not UNSET:
            field_dict["validationToken"] = validation_token
        if push_speaker_events is not UNSET:
            field_dict["pushSpeakerEvents"] = push_speaker_events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        operation = cast(Literal["start"], d.pop("operation"))
        if operation != "start":
            raise ValueError(f"operation must match const 'start', got '{operation}'")

        endpoint = Endpoint.from_dict(d.pop("endpoint"))

        _actions = d.pop("actions", UNSET)
        actions: list[EndpointAction] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = EndpointAction.from_dict(actions_item_data)

                actions.append(actions_item)

        _data = d.pop("data", UNSET)
        data: EndpointSessionData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = EndpointSessionData.from_dict(_data)

        languages = cast(list[str], d.pop("languages", UNSET))

        timezone = d.pop("timezone", UNSET)

        _insight_types = d.pop("insightTypes", UNSET)
        insight_types: list[EndpointStartRequestInsightTypesItem] | Unset = UNSET
        if _insight_types is not UNSET:
            insight_types = []
            for insight_types_item_data in _insight_types:
                insight_types_item = EndpointStartRequestInsightTypesItem(insight_types_item_data)

                insight_types.append(insight_types_item)

        _intents = d.pop("intents", UNSET)
        intents: list[EndpointIntent] | Unset = UNSET
        if _intents is not UNSET:
            intents = []
            for intents_item_data in _intents:
                intents_item = EndpointIntent.from_dict(intents_item_data)

                intents.append(intents_item)

        endpoint_webhook_url = d.pop("endpointWebhookUrl", UNSET)

        callback_url = d.pop("callbackUrl", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: EndpointStartRequestHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = EndpointStartRequestHeaders.from_dict(_headers)

        validation_token = d.pop("validationToken", UNSET)

        push_speaker_events = d.pop("pushSpeakerEvents", UNSET)

        endpoint_start_request = cls(
            operation=operation,
            endpoint=endpoint,
            actions=actions,
            data=data,
            languages=languages,
            timezone=timezone,
            insight_types=insight_types,
            intents=intents,
            endpoint_webhook_url=endpoint_webhook_url,
            callback_url=callback_url,
            headers=headers,
            validation_token=validation_token,
            push_speaker_events=push_speaker_events,
        )

        endpoint_start_request.additional_properties = d
        return endpoint_start_request

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


from ..models.endpoint import Endpoint
from ..models.endpoint_action import EndpointAction
from ..models.endpoint_intent import EndpointIntent
from ..models.endpoint_session_data import EndpointSessionData
from ..models.endpoint_start_request_headers import EndpointStartRequestHeaders
