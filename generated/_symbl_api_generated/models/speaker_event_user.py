# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class SpeakerEventUser(Model):
    """The person a speaker event is about."""

    name: Annotated[str, msgspec.Meta(min_length=1)]
    """ Display name. """

    user_id: Annotated[str, msgspec.Meta(min_length=1)] = msgspec.field(name="userId")
    """ The caller's own identifier for the person, often an email address. """

    id: str | Unset = UNSET
    """ Member id, when known. """
