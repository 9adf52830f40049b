# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import UNSET, Model, Unset


class ChannelSpeaker(Model):
    """The person speaking on a channel.

    Example:
        {'name': 'Robert Bartheon', 'email': 'robertbartheon@example.com'}

    """

    name: str | Unset = UNSET

    email: str | Unset = UNSET
