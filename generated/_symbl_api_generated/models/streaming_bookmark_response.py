# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated, ClassVar, Literal

import msgspec

from ..models.streaming_bookmark_operation import StreamingBookmarkOperation
from ..types import UNSET, Model, Unset


class StreamingBookmarkResponse(Model, tag_field="type", tag="bookmark_response"):
    """The outcome of a `bookmark_request`, echoing the bookmark.

    Example:
        {'type': 'bookmark_response', 'operation': 'create', 'id': '7d0f4a8e-2b6c-4a51-9a43-0f3e8c2d1b77', 'label':
            'Pricing discussion', 'description': 'The customer asks about the annual plan.', 'user': {'name': 'Jane',
            'userId': 'jane.doe@example.com', 'email': 'jane.doe@example.com'}, 'beginTimeOffset': 300, 'duration': 30}

    """

    type_: ClassVar[Literal["bookmark_response"]] = "bookmark_response"
    """The tag `type` that tells this model apart in a union (always "bookmark_response")."""

    operation: StreamingBookmarkOperation
    """ What a `bookmark_request` does. """

    id: str | Unset = UNSET
    """ Id of the bookmark, for later updates and deletes. """

    label: str | Unset = UNSET

    description: str | Unset = UNSET

    user: Person | Unset = UNSET
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """

    begin_time_offset: Annotated[int, msgspec.Meta(ge=0)] | Unset = msgspec.field(default=UNSET, name="beginTimeOffset")

    duration: Annotated[int, msgspec.Meta(ge=1)] | Unset = UNSET


from ..models.person import Person
