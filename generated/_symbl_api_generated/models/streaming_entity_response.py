# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Literal

import msgspec

from ..types import Model


class StreamingEntityResponse(Model):
    """Entities detected in real time (with `config.detectEntities`).

    Example:
        {'type': 'entity_response', 'entities': [{'type': 'Company Executives', 'subType': 'Marketing Director',
            'category': 'Custom', 'matches': [{'detectedValue': 'marketing director', 'messageRefs': [{'id':
            '53867534-0459-4d22-b590-984ee82166aa', 'text': 'I spoke with our marketing director yesterday.', 'offset':
            16}]}]}]}

    """

    type_: Literal["entity_response"] = msgspec.field(name="type")

    entities: list[StreamingDetectedEntity]


from ..models.streaming_detected_entity import StreamingDetectedEntity
