# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..models.process_features_feature_list_item import ProcessFeaturesFeatureListItem
from ..types import UNSET, Model, Unset, check_unique


class ProcessFeatures(Model):
    """Extra features to compute. Call score needs both `insights` and `callScore`.

    Example:
        {'featureList': ['insights', 'callScore']}

    """

    feature_list: list[ProcessFeaturesFeatureListItem] | Unset = msgspec.field(default=UNSET, name="featureList")

    def __post_init__(self) -> None:
        check_unique("featureList", self.feature_list)
