# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import UNSET, Model, Unset


class Group(Model):
    """A conversation group."""

    id: str
    """ Group id (a numeric string). """

    name: str

    criteria: str
    """ RSQL expression selecting the group's conversations. """

    description: str | Unset = UNSET
