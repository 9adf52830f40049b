# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import ClassVar, Literal

from ..types import Model


class StreamingEntityResponse(Model, tag_field="type", tag="entity_response"):
    """Entities detected in real time (with `config.detectEntities`).

    Example:
        {'type': 'entity_response', 'entities': [{'type': 'Company Executives', 'subType': 'Marketing Director',
            'category': 'Custom', 'matches': [{'detectedValue': 'marketing director', 'messageRefs': [{'id':
            '53867534-0459-4d22-b590-984ee82166aa', 'text': 'I spoke with our marketing director yesterday.', 'offset':
            16}]}]}]}

    """

    type_: ClassVar[Literal["entity_response"]] = "entity_response"
    """The tag `type` that tells this model apart in a union (always "entity_response")."""

    entities: list[StreamingDetectedEntity]


from ..models.streaming_detected_entity import StreamingDetectedEntity
