# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated
from uuid import UUID

import msgspec

from ..types import Model


class AsyncJobResponse(Model):
    """The conversation a processing request writes to and the job doing it.

    Example:
        {'conversationId': '5815170693595136', 'jobId': '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d'}

    """

    conversation_id: Annotated[str, msgspec.Meta(pattern="^[0-9]{1,32}$")] = msgspec.field(name="conversationId")
    """ Conversation id (a numeric string). """

    job_id: UUID = msgspec.field(name="jobId")
    """ Job id (a UUID). """
