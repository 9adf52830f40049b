# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from uuid import UUID

import msgspec

from ..models.job_status_value import JobStatusValue
from ..types import UNSET, Model, Unset


class CallScoreStatus(Model):
    """Status of a call score (or language-model insights) computation."""

    status: JobStatusValue
    """ Where a job is; `completed` and `failed` are final. """

    job_id: UUID | Unset = msgspec.field(default=UNSET, name="jobId")
    """ Job id (a UUID). """
