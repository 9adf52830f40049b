"""Offset/limit pagination: walk every item of an operation the spec marks x-symbl-pagination.

The walk asks for the next offset until a short or empty page, stops at `max_items`, and can
resume from any offset (`next_offset` says where it stopped). A server that answers two
different offsets with the same page would loop forever; the pager refuses instead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Generic, TypeVar

from _symbl_api_generated._operations import OPERATIONS

from ._errors import APIError, InvalidArgumentError

T = TypeVar("T")
DEFAULT_PAGE_SIZE = 100


class RepeatedPageError(APIError):
    """The server returned the same page for two different offsets."""


class _Walk:
    """The bookkeeping shared by sync and async pagers."""

    def __init__(self, operation: str, *, page_size: int | None, max_items: int | None, start_offset: int) -> None:
        pagination = OPERATIONS[operation].pagination
        if pagination is None:
            raise ValueError(f"{operation} is not paginated in the spec (no x-symbl-pagination)")
        limit_param = next((p for p in OPERATIONS[operation].parameters if p.name == pagination.limit_param), None)
        maximum = int(limit_param.maximum) if limit_param and limit_param.maximum is not None else None
        size = page_size if page_size is not None else min(DEFAULT_PAGE_SIZE, maximum or DEFAULT_PAGE_SIZE)
        if size < 1 or (maximum is not None and size > maximum):
            raise InvalidArgumentError("page_size", f"must be between 1 and {maximum or 'any'}, not {size}")
        if max_items is not None and max_items < 0:
            raise InvalidArgumentError("max_items", f"must be 0 or more, not {max_items}")
        if start_offset < 0:
            raise InvalidArgumentError("start_offset", f"must be 0 or more, not {start_offset}")
        self.operation, self.page_size, self.max_items = operation, size, max_items
        self.next_offset = start_offset
        self.seen = 0
        self.finished = False
        self._previous: list[object] | None = None

    def want(self) -> int:
        if self.finished:
            return 0
        if self.max_items is None:
            return self.page_size
        return max(0, min(self.page_size, self.max_items - self.seen))

    def accept(self, items: list[T], asked: int) -> list[T]:
        if items and self._previous is not None and items == self._previous:
            raise RepeatedPageError(
                f"{OPERATIONS[self.operation].operation_id} returned the same page at offset {self.next_offset} as at the"
                " previous offset; stopping instead of looping",
                operation=OPERATIONS[self.operation].operation_id,
            )
        self._previous = list(items)
        self.seen += len(items)
        self.next_offset += len(items)
        if len(items) < asked:
            self.finished = True
        return items


class _PagerBase(Generic[T]):
    _walk: _Walk

    @property
    def next_offset(self) -> int:
        """Where the walk stopped: pass it as `start_offset` to resume."""
        return self._walk.next_offset


class SyncPager(_PagerBase[T]):
    """Iterate items; `iter_pages()` for whole pages; `next_offset` to resume later."""

    def __init__(
        self,
        operation: str,
        fetch: Callable[[int, int], list[T]],
        *,
        page_size: int | None,
        max_items: int | None,
        start_offset: int,
    ) -> None:
        self._walk = _Walk(operation, page_size=page_size, max_items=max_items, start_offset=start_offset)
        self._fetch = fetch

    def iter_pages(self) -> Iterator[list[T]]:
        while (asked := self._walk.want()) > 0:
            items = self._walk.accept(self._fetch(self._walk.next_offset, asked), asked)
            if not items:
                return
            yield items

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page


class AsyncPager(_PagerBase[T]):
    """Async twin of SyncPager: `async for item in pager`."""

    def __init__(
        self,
        operation: str,
        fetch: Callable[[int, int], Awaitable[list[T]]],
        *,
        page_size: int | None,
        max_items: int | None,
        start_offset: int,
    ) -> None:
        self._walk = _Walk(operation, page_size=page_size, max_items=max_items, start_offset=start_offset)
        self._fetch = fetch

    async def iter_pages(self) -> AsyncIterator[list[T]]:
        while (asked := self._walk.want()) > 0:
            items = self._walk.accept(await self._fetch(self._walk.next_offset, asked), asked)
            if not items:
                return
            yield items

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page:
                yield item
