# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class CustomEntityInput(Model):
    """A custom entity to detect in one conversation.

    Example:
        {'customType': 'Company Executives', 'text': 'Hamza Khan', 'value': 'Marketing director'}

    """

    custom_type: Annotated[str, msgspec.Meta(min_length=1)] = msgspec.field(name="customType")
    """ Your category for the entity. """

    text: Annotated[str, msgspec.Meta(min_length=1)]
    """ The text to look for. """

    value: str | Unset = UNSET
    """ Value reported when the text is found (defaults to the text). """
