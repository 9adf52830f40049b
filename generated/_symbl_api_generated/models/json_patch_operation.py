# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated, Any

import msgspec

from ..models.json_patch_operation_op import JsonPatchOperationOp
from ..types import UNSET, Model, Unset


class JsonPatchOperation(Model):
    """One RFC 6902 JSON-Patch operation.

    Example:
        {'op': 'replace', 'path': '/vocabulary', 'value': ['price', 'cost']}

    """

    op: JsonPatchOperationOp

    path: Annotated[str, msgspec.Meta(pattern="^/")]
    """ JSON pointer of the field to change. """

    value: Any | Unset = UNSET
    """ The new value (not used by `remove`). """
