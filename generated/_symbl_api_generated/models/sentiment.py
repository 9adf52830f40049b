# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sentiment_suggested import SentimentSuggested

T = TypeVar("T", bound="Sentiment")


@_attrs_define
class Sentiment:
    """Sentiment of a message or topic (en-US only).

    Example:
        {'polarity': {'score': 0.6}, 'suggested': 'positive'}

    """

    polarity: Polarity
    suggested: SentimentSuggested
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        polarity = self.polarity.to_dict()

        suggested = self.suggested.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "polarity": polarity,
                "suggested": suggested,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        polarity = Polarity.from_dict(d.pop("polarity"))

        suggested = SentimentSuggested(d.pop("suggested"))

        sentiment = cls(
            polarity=polarity,
            suggested=suggested,
        )

        sentiment.additional_properties = d
        return sentiment

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


from ..models.polarity import Polarity
