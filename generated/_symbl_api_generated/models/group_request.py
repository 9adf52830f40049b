# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class GroupRequest(Model):
    """A conversation group to create, or the full replacement of one. `id` is only
    meaningful on update, where it must equal the path's `groupId`.

    """

    name: Annotated[str, msgspec.Meta(min_length=1, max_length=128, pattern='^[A-Za-z0-9_\\-" ]+$')]
    """ Group name; letters, digits, spaces and only the special characters `-` `_` `"`. """

    criteria: Annotated[str, msgspec.Meta(min_length=1)]
    """ RSQL expression over conversation metadata selecting the group's conversations,
    for example `conversation.metadata.agentId==johndoe`.
     """

    id: Annotated[str, msgspec.Meta(pattern="^[0-9]{1,32}$")] | Unset = UNSET
    """ The group's id (update only; ignored on create). """

    description: Annotated[str, msgspec.Meta(max_length=512)] | Unset = UNSET
    """ What the group is for. """
