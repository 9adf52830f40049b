# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Any

from ..models.json_patch_operation_op import JsonPatchOperationOp
from ..models.tracker_patch_operation_path import TrackerPatchOperationPath
from ..types import UNSET, Model, Unset


class TrackerPatchOperation(Model):
    """A JSON-Patch operation restricted to the tracker fields that may change."""

    op: JsonPatchOperationOp

    path: TrackerPatchOperationPath
    """ JSON pointer of the field to change. """

    value: Any | Unset = UNSET
    """ The new value (not used by `remove`). """
