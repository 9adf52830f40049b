# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""`client.jobs.<operation>(...)`, sync and async, from the spec.

Models and endpoint modules are imported when an operation is first called, not when the
client is imported, so `import symbl_api` stays cheap.
"""

from __future__ import annotations

import datetime
import os
from typing import IO, TYPE_CHECKING, Any, cast

from .._runtime import AsyncRuntime, SyncRuntime
from ..types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.error import Error
    from ..models.job_status import JobStatus

_ = (datetime, Any, os, IO, File, UNSET, Unset, cast)  # used by some signatures only


class JobsRawResource:
    """`jobs` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def get_job_status(
        self,
        job_id: UUID,
    ) -> Response[Error | JobStatus]:
        """`jobs.get_job_status` returning the raw response: `GET /v1/job/{jobId}`."""
        from ..api.jobs import get_job_status as operation

        request = operation._get_kwargs(
            job_id=job_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))


class JobsResource:
    """jobs operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = JobsRawResource(runtime)

    def get_job_status(
        self,
        job_id: UUID,
    ) -> JobStatus:
        """Get the status of a job

        Status of a processing job. Poll until `completed` (the conversation's insights are
        ready) or `failed`. `scheduled` and `in_progress` mean keep waiting; a `webhookUrl` on
        the processing request is the push alternative (see the `jobStatus` webhook).

        `GET /v1/job/{jobId}`
        """
        response = self.with_raw_response.get_job_status(
            job_id=job_id,
        )
        self._runtime.raise_for_status(response)
        return cast("JobStatus", response.parsed)


class AsyncJobsRawResource:
    """`jobs` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get_job_status(
        self,
        job_id: UUID,
    ) -> Response[Error | JobStatus]:
        """`jobs.get_job_status` returning the raw response: `GET /v1/job/{jobId}`."""
        from ..api.jobs import get_job_status as operation

        request = operation._get_kwargs(
            job_id=job_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))


class AsyncJobsResource:
    """jobs operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncJobsRawResource(runtime)

    async def get_job_status(
        self,
        job_id: UUID,
    ) -> JobStatus:
        """Get the status of a job

        Status of a processing job. Poll until `completed` (the conversation's insights are
        ready) or `failed`. `scheduled` and `in_progress` mean keep waiting; a `webhookUrl` on
        the processing request is the push alternative (see the `jobStatus` webhook).

        `GET /v1/job/{jobId}`
        """
        response = await self.with_raw_response.get_job_status(
            job_id=job_id,
        )
        self._runtime.raise_for_status(response)
        return cast("JobStatus", response.parsed)
