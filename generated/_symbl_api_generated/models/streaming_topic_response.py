# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Literal

import msgspec

from ..types import Model


class StreamingTopicResponse(Model):
    """Topics as they are detected.

    Example:
        {'type': 'topic_response', 'topics': [{'id': 'e69a5556-6729-4e2d-bd2b-c73a8ac4ba48', 'phrases': 'annual plan',
            'type': 'topic', 'score': 0.72, 'messageReferences': [{'id': '53867534-0459-4d22-b590-984ee82166aa'}],
            'rootWords': [{'text': 'plan'}], 'messageIndex': 3}]}

    """

    type_: Literal["topic_response"] = msgspec.field(name="type")

    topics: list[StreamingTopic]


from ..models.streaming_topic import StreamingTopic
