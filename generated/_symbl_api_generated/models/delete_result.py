# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import UNSET, Model, Unset


class DeleteResult(Model):
    """Acknowledgement of a management delete.

    Example:
        {'id': '4476908732794880', 'type': 'tracker', 'deleted': True}

    """

    id: str

    deleted: bool

    type_: str | Unset = msgspec.field(default=UNSET, name="type")
