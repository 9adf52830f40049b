# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import Model


class AbstractTopicList(Model):
    abstract_topics: list[AbstractTopic] = msgspec.field(name="abstractTopics")


from ..models.abstract_topic import AbstractTopic
