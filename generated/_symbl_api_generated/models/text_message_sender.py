# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import UNSET, Model, Unset


class TextMessageSender(Model):
    """Who wrote or said the message.

    Example:
        {'name': 'Natalia', 'userId': 'natalia@example.com'}

    """

    name: str | Unset = UNSET
    """ Display name. """

    user_id: str | Unset = msgspec.field(default=UNSET, name="userId")
    """ The caller's identifier for the person, usually an email address. """
