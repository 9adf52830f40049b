# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import UNSET, Model, Unset


class Person(Model):
    """A speaker, member, author or assignee. Symbl returns different subsets of these fields
    per endpoint (`{name, email}` on messages, `{id, name, userId}` on insights); all are
    optional here and the union is described once.

        Example:
            {'id': '47c74881-fc3e-4d8e-9d40-f1dd3e4d9d53', 'name': 'Surbhi', 'userId': 'surbhi@example.com'}

    """

    id: str | Unset = UNSET
    """ Member id (a UUID for async conversations). """

    name: str | Unset = UNSET

    email: str | Unset = UNSET

    user_id: str | Unset = msgspec.field(default=UNSET, name="userId")
    """ The caller's own identifier for the person, often an email address. """
