# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated, ClassVar, Literal

import msgspec

from ..types import UNSET, Model, Unset


class StreamingInsightResponse(Model, tag_field="type", tag="insight_response"):
    """Insights (questions, action items, follow-ups) as soon as they are detected (no messages).

    Example:
        {'type': 'insight_response', 'insights': [{'id': '94020eb9-b688-4d56-945c-a7e5282258cc', 'type': 'action_item',
            'text': 'Jane will look into the requirements on the hiring for coming financial year.', 'payload': {'content':
            'Jane will look into the requirements on the hiring for coming financial year.', 'contentType': 'text/plain'},
            'confidence': 0.9972, 'hints': [], 'tags': [{'type': 'person', 'text': 'Jane', 'beginOffset': 0, 'value':
            {'value': {'name': 'Jane', 'alias': 'Jane', 'userId': 'jane.doe@example.com'}}}], 'from': {'name': 'Jane',
            'userId': 'jane.doe@example.com'}, 'assignee': {'name': 'Jane', 'userId': 'jane.doe@example.com'},
            'messageReference': {'id': '53867534-0459-4d22-b590-984ee82166aa'}}]}

    """

    type_: ClassVar[Literal["insight_response"]] = "insight_response"
    """The tag `type` that tells this model apart in a union (always "insight_response")."""

    insights: list[StreamingInsight]

    sequence_number: Annotated[int, msgspec.Meta(ge=0)] | Unset = msgspec.field(default=UNSET, name="sequenceNumber")


from ..models.streaming_insight import StreamingInsight
