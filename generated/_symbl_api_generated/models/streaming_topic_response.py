# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import ClassVar, Literal

from ..types import Model


class StreamingTopicResponse(Model, tag_field="type", tag="topic_response"):
    """Topics as they are detected.

    Example:
        {'type': 'topic_response', 'topics': [{'id': 'e69a5556-6729-4e2d-bd2b-c73a8ac4ba48', 'phrases': 'annual plan',
            'type': 'topic', 'score': 0.72, 'messageReferences': [{'id': '53867534-0459-4d22-b590-984ee82166aa'}],
            'rootWords': [{'text': 'plan'}], 'messageIndex': 3}]}

    """

    type_: ClassVar[Literal["topic_response"]] = "topic_response"
    """The tag `type` that tells this model apart in a union (always "topic_response")."""

    topics: list[StreamingTopic]


from ..models.streaming_topic import StreamingTopic
