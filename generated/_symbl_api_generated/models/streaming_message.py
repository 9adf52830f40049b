# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingMessage")


@_attrs_define
class StreamingMessage:
    """One finalized message of a streaming conversation."""

    payload: StreamingPayload
    """ Text content of a streaming message or insight. """
    id: str | Unset = UNSET
    """ Message id (a UUID in Symbl's streaming examples). """
    from_: Person | Unset = UNSET
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """
    duration: StreamingMessageDuration | Unset = UNSET
    """ When a streaming message was spoken. """
    sentiment: Sentiment | Unset = UNSET
    """ Sentiment of a message or topic (en-US only). """
    channel: StreamingChannel | Unset = UNSET
    """ The audio channel a message came from. """
    metadata: StreamingMessageMetadata | Unset = UNSET
    """ Processing details of a message (fields seen in Symbl's Go SDK). """
    dismissed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload.to_dict()

        id = self.id

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.to_dict()

        sentiment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sentiment, Unset):
            sentiment = self.sentiment.to_dict()

        channel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        dismissed = self.dismissed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if duration is not UNSET:
            field_dict["duration"] = duration
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if channel is not UNSET:
            field_dict["channel"] = channel
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if dismissed is not UNSET:
            field_dict["dismissed"] = dismissed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payload = StreamingPayload.from_dict(d.pop("payload"))

        id = d.pop("id", UNSET)

        _from_ = d.pop("from", UNSET)
        from_: Person | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = Person.from_dict(_from_)

        _duration = d.pop("duration", UNSET)
        duration: StreamingMessageDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = StreamingMessageDuration.from_dict(_duration)

        _sentiment = d.pop("sentiment", UNSET)
        sentiment: Sentiment | Unset
        if isinstance(_sentiment, Unset):
            sentiment = UNSET
        else:
            sentiment = Sentiment.from_dict(_sentiment)

        _channel = d.pop("channel", UNSET)
        channel: StreamingChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = StreamingChannel.from_dict(_channel)

        _metadata = d.pop("metadata", UNSET)
        metadata: StreamingMessageMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = StreamingMessageMetadata.from_dict(_metadata)

        dismissed = d.pop("dismissed", UNSET)

        streaming_message = cls(
            payload=payload,
            id=id,
            from_=from_,
            duration=duration,
            sentiment=sentiment,
            channel=channel,
            metadata=metadata,
            dismissed=dismissed,
        )

        streaming_message.additional_properties = d
        return streaming_message

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
from ..models.sentiment import Sentiment
from ..models.streaming_channel import StreamingChannel
from ..models.streaming_message_duration import StreamingMessageDuration
from ..models.streaming_message_metadata import StreamingMessageMetadata
from ..models.streaming_payload import StreamingPayload
