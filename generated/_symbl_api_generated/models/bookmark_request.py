# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset, check_required_with


class BookmarkRequest(Model):
    """A bookmark to create, or the complete replacement of one. Give the span either as
    `beginTimeOffset` + `duration` (both together) or as `messageRefs`; Symbl answers 400
    ("Either create/update bookmark using 'beginTimeOffset + duration' or 'messageRefs'")
    when neither is present. Both alternatives stay optional properties: a `oneOf` (or
    `anyOf`) of two `required` lists makes openapi-python-client silently drop the model
    and type the body as `Any`. The rule is instead enforced by `if`/`then` (without
    `messageRefs`, `beginTimeOffset` is required) and `dependentRequired` (the time pair
    goes together), which validators apply and the generator ignores.

        Example:
            {'label': 'Pricing discussion', 'description': 'The customer asks about the annual plan and discounts.', 'user':
                {'name': 'Natalia', 'userId': 'natalia@example.com', 'email': 'natalia@example.com'}, 'beginTimeOffset': 300,
                'duration': 30}

    """

    label: Annotated[str, msgspec.Meta(min_length=1)]
    """ A short label for the bookmark. """

    description: Annotated[str, msgspec.Meta(min_length=1)] | Unset = UNSET
    """ Longer description. Optional, but when present it must not be empty: Symbl answers
    400 `"description" is not allowed to be empty`.
     """

    user: Person | Unset = UNSET
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """

    begin_time_offset: Annotated[int, msgspec.Meta(ge=0)] | Unset = msgspec.field(default=UNSET, name="beginTimeOffset")
    """ Start of the span, in seconds from the beginning of the conversation. """

    duration: Annotated[int, msgspec.Meta(ge=1)] | Unset = UNSET
    """ Length of the span in seconds, counted from `beginTimeOffset`. """

    message_refs: Annotated[list[MessageRef], msgspec.Meta(min_length=1)] | Unset = msgspec.field(
        default=UNSET, name="messageRefs"
    )
    """ Ids of consecutive messages of the conversation (from `GET …/messages`). """

    def __post_init__(self) -> None:
        if not isinstance(self.begin_time_offset, Unset):
            check_required_with(self, "`beginTimeOffset` is set", {"duration": self.duration})
        if not isinstance(self.duration, Unset):
            check_required_with(self, "`duration` is set", {"beginTimeOffset": self.begin_time_offset})
        if isinstance(self.message_refs, Unset):
            check_required_with(self, "`messageRefs` is absent", {"beginTimeOffset": self.begin_time_offset})


from ..models.message_ref import MessageRef
from ..models.person import Person
