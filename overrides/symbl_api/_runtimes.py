"""The runtimes behind the generated resources: the contract `_symbl_api_generated._runtime`
declares, implemented once for `Symbl` and once for `AsyncSymbl`."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from typing import IO, TYPE_CHECKING, Any, TypeVar

from _symbl_api_generated._operations import OPERATIONS
from _symbl_api_generated.client import Client
from _symbl_api_generated.types import File, Response

from ._errors import status_error
from ._pagination import AsyncPager, SyncPager
from ._polling import AsyncJobPoller, JobPoller
from ._transport import OperationHeaders
from ._uploads import to_file

if TYPE_CHECKING:
    from ._client import AsyncSymbl, Symbl

T = TypeVar("T")


def _job_ids(operation: str, accepted: Any) -> tuple[str, str]:
    """(job id, conversation id) from an accepted submission, per the spec's x-symbl-job."""
    job = OPERATIONS[operation].job
    assert job is not None, f"{operation} does not start a job"
    data = accepted.to_dict()
    return str(data[job.job_id_field]), str(data[job.conversation_id_field])


class _RuntimeBase:
    """What both runtimes do the same way: the generated client, status errors, uploads."""

    asynchronous = False

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def client(self) -> Client:
        return self._client

    def raise_for_status(self, response: Response[Any]) -> None:
        if response.status_code >= 400:
            headers = response.headers
            operation = headers.operation if isinstance(headers, OperationHeaders) else None
            params = headers.path_params if isinstance(headers, OperationHeaders) else None
            raise status_error(int(response.status_code), response.content, headers, operation, params)

    def upload(
        self, operation: str, source: str | os.PathLike[str] | bytes | IO[bytes] | File, media_type: str | None
    ) -> File:
        return to_file(operation, source, media_type, asynchronous=self.asynchronous)


class _SyncRuntime(_RuntimeBase):
    """Implements the generated SyncRuntime contract for `Symbl`."""

    def __init__(self, owner: Symbl, client: Client) -> None:
        super().__init__(client)
        self._owner = owner

    def start_job(self, operation: str, accepted: Any) -> JobPoller:
        return self._owner.job(*_job_ids(operation, accepted))

    def paginate(
        self,
        operation: str,
        fetch: Callable[[int, int], list[T]],
        *,
        page_size: int | None,
        max_items: int | None,
        start_offset: int,
    ) -> SyncPager[T]:
        return SyncPager(operation, fetch, page_size=page_size, max_items=max_items, start_offset=start_offset)


class _AsyncRuntime(_RuntimeBase):
    """Implements the generated AsyncRuntime contract for `AsyncSymbl`."""

    asynchronous = True

    def __init__(self, owner: AsyncSymbl, client: Client) -> None:
        super().__init__(client)
        self._owner = owner

    def start_job(self, operation: str, accepted: Any) -> AsyncJobPoller:
        return self._owner.job(*_job_ids(operation, accepted))

    def paginate(
        self,
        operation: str,
        fetch: Callable[[int, int], Awaitable[list[T]]],
        *,
        page_size: int | None,
        max_items: int | None,
        start_offset: int,
    ) -> AsyncPager[T]:
        return AsyncPager(operation, fetch, page_size=page_size, max_items=max_items, start_offset=start_offset)
