# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class TopicList(Model):
    topics: list[Topic]


from ..models.topic import Topic
