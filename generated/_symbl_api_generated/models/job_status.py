# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from uuid import UUID

from ..models.job_status_value import JobStatusValue
from ..types import Model


class JobStatus(Model):
    """A processing job and where it is."""

    id: UUID
    """ Job id (a UUID). """

    status: JobStatusValue
    """ Where a job is; `completed` and `failed` are final. """
