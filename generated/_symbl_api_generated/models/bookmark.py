# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class Bookmark(Model):
    """A stored bookmark: the `BookmarkRequest` fields plus its `id`. The properties are
    repeated rather than composed with `allOf`, so that the request-only span rules do
    not apply to responses and linters that check examples strictly accept them.

        Example:
            {'id': '5243525907087360', 'label': 'Pricing discussion', 'description': 'The customer asks about the annual
                plan and discounts.', 'user': {'name': 'Natalia', 'userId': 'natalia@example.com', 'email':
                'natalia@example.com'}, 'beginTimeOffset': 300, 'duration': 30}

    """

    id: Annotated[str, msgspec.Meta(min_length=1)]
    """ Bookmark id (an opaque string; Symbl's examples do not fix its format). """

    label: Annotated[str, msgspec.Meta(min_length=1)]
    """ A short label for the bookmark. """

    description: str | Unset = UNSET
    """ Longer description; absent when the bookmark has none. """

    user: Person | Unset = UNSET
    """ A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.
     """

    begin_time_offset: Annotated[int, msgspec.Meta(ge=0)] | Unset = msgspec.field(default=UNSET, name="beginTimeOffset")
    """ Start of the span, in seconds from the beginning of the conversation. """

    duration: Annotated[int, msgspec.Meta(ge=1)] | Unset = UNSET
    """ Length of the span in seconds, counted from `beginTimeOffset`. """

    message_refs: list[MessageRef] | Unset = msgspec.field(default=UNSET, name="messageRefs")
    """ The consecutive messages the bookmark covers. """


from ..models.message_ref import MessageRef
from ..models.person import Person
