# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from uuid import UUID

import msgspec

from ..models.job_status_value import JobStatusValue
from ..types import Model


class WebhookJobEvent(Model):
    """Body Symbl POSTs to a `webhookUrl` on each job status change."""

    job_id: UUID = msgspec.field(name="jobId")
    """ Job id (a UUID). """

    status: JobStatusValue
    """ Where a job is; `completed` and `failed` are final. """
