# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated, ClassVar, Literal

import msgspec

from ..models.streaming_bookmark_operation import StreamingBookmarkOperation
from ..types import UNSET, Model, Unset, check_required_with


class StreamingBookmarkRequest(Model, tag_field="type", tag="bookmark_request"):
    """Creates, updates or deletes a bookmark during a streaming conversation; answered by a
    `bookmark_response`. `id` is required for `update` and `delete`; `label`,
    `description`, `user`, `beginTimeOffset` and `duration` are sent for `create` and
    `update` (an update replaces the whole bookmark, as with the REST `PUT`).

        Example:
            {'type': 'bookmark_request', 'operation': 'create', 'label': 'Pricing discussion', 'description': 'The customer
                asks about the annual plan.', 'user': {'name': 'Jane', 'userId': 'jane.doe@example.com', 'email':
                'jane.doe@example.com'}, 'beginTimeOffset': 300, 'duration': 30}

    """

    type_: ClassVar[Literal["bookmark_request"]] = "bookmark_request"
    """The tag `type` that tells this model apart in a union (always "bookmark_request")."""

    operation: StreamingBookmarkOperation
    """ What a `bookmark_request` does. """

    id: Annotated[str, msgspec.Meta(min_length=1)] | Unset = UNSET
    """ Id of a bookmark created during this conversation (update, delete). """

    label: Annotated[str, msgspec.Meta(min_length=1)] | Unset = UNSET

    description: Annotated[str, msgspec.Meta(min_length=1)] | Unset = UNSET

    user: Person | Unset = UNSET
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """

    begin_time_offset: Annotated[int, msgspec.Meta(ge=0)] | Unset = msgspec.field(default=UNSET, name="beginTimeOffset")
    """ Seconds from the beginning of the conversation where the bookmark starts. """

    duration: Annotated[int, msgspec.Meta(ge=1)] | Unset = UNSET
    """ Length of the bookmark in seconds. """

    def __post_init__(self) -> None:
        if self.operation in ["update", "delete"]:
            check_required_with(self, "`operation` is update or delete", {"id": self.id})


from ..models.person import Person
