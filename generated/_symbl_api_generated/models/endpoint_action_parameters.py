# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import Model


class EndpointActionParameters(Model):
    """Inputs of the action."""

    emails: Annotated[list[str], msgspec.Meta(min_length=1)]
    """ Who receives the summary email. """
