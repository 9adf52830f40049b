# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""The contract between the generated resources and the hand-written client.

Resources (resources.py) call operations through a runtime; the public package implements it
with authentication, retries, typed errors, job polling, pagination and uploads. The generated
package only states what it needs, so it never imports the public one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeVar

from .client import Client
from .types import File, Response

if TYPE_CHECKING:
    import os

    from .resources import AsyncConversationHandle, ConversationHandle

T = TypeVar("T")


class SyncPager(Protocol[T]):
    """Items of an offset/limit operation across pages."""

    def __iter__(self) -> Iterator[T]: ...

    def iter_pages(self) -> Iterator[list[T]]: ...


class AsyncPager(Protocol[T]):
    """Async twin of SyncPager."""

    def __aiter__(self) -> AsyncIterator[T]: ...

    def iter_pages(self) -> AsyncIterator[list[T]]: ...


class SyncJob(Protocol):
    """A processing job, polled until it is final."""

    @property
    def job_id(self) -> str: ...

    @property
    def conversation_id(self) -> str | None: ...

    def status(self) -> str: ...

    def done(self) -> bool: ...

    def refresh(self) -> str: ...

    def result(self, timeout: float | None = None) -> ConversationHandle: ...


class AsyncJob(Protocol):
    """Async twin of SyncJob."""

    @property
    def job_id(self) -> str: ...

    @property
    def conversation_id(self) -> str | None: ...

    def status(self) -> str: ...

    def done(self) -> bool: ...

    async def refresh(self) -> str: ...

    async def result(self, timeout: float | None = None) -> AsyncConversationHandle: ...


class SyncRuntime(Protocol):
    """What synchronous resources need from the client."""

    @property
    def client(self) -> Client: ...

    def raise_for_status(self, response: Response[Any]) -> None: ...

    def upload(
        self, operation: str, source: str | os.PathLike[str] | bytes | IO[bytes] | File, media_type: str | None
    ) -> File: ...

    def start_job(self, operation: str, accepted: Any) -> SyncJob: ...

    def paginate(
        self,
        operation: str,
        fetch: Callable[[int, int], list[T]],
        *,
        page_size: int | None,
        max_items: int | None,
        start_offset: int,
    ) -> SyncPager[T]: ...


class AsyncRuntime(Protocol):
    """What asynchronous resources need from the client."""

    @property
    def client(self) -> Client: ...

    def raise_for_status(self, response: Response[Any]) -> None: ...

    def upload(
        self, operation: str, source: str | os.PathLike[str] | bytes | IO[bytes] | File, media_type: str | None
    ) -> File: ...

    def start_job(self, operation: str, accepted: Any) -> AsyncJob: ...

    def paginate(
        self,
        operation: str,
        fetch: Callable[[int, int], Awaitable[list[T]]],
        *,
        page_size: int | None,
        max_items: int | None,
        start_offset: int,
    ) -> AsyncPager[T]: ...
