# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class StatusMessage(Model):
    """A plain acknowledgement in words.

    Example:
        {'message': 'successfully deleted the conversation'}

    """

    message: str
