# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class MemberList(Model):
    """The members of a conversation."""

    members: list[Person]


from ..models.person import Person
