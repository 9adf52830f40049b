# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AsyncJobResponse")


@_attrs_define
class AsyncJobResponse:
    """The conversation a processing request writes to and the job doing it.

    Example:
        {'conversationId': '5815170693595136', 'jobId': '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d'}

    """

    conversation_id: str
    """ Conversation id (a numeric string). """
    job_id: UUID
    """ Job id (a UUID). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        job_id = str(self.job_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversationId": conversation_id,
                "jobId": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        conversation_id = d.pop("conversationId")

        job_id = UUID(d.pop("jobId"))

        async_job_response = cls(
            conversation_id=conversation_id,
            job_id=job_id,
        )

        async_job_response.additional_properties = d
        return async_job_response

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
