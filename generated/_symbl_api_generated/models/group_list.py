# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class GroupList(Model):
    """Several conversation groups, wrapped."""

    groups: list[Group]


from ..models.group import Group
