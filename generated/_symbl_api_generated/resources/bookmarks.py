# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""`client.bookmarks.<operation>(...)`, sync and async, from the spec.

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
    from ..models.bookmark import Bookmark
    from ..models.bookmark_list import BookmarkList
    from ..models.bookmark_request import BookmarkRequest
    from ..models.bookmark_summary import BookmarkSummary
    from ..models.bookmarks_summary_list import BookmarksSummaryList
    from ..models.error import Error

_ = (datetime, Any, os, IO, File, UNSET, Unset, cast)  # used by some signatures only


class BookmarksRawResource:
    """`bookmarks` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list_bookmarks(
        self,
        conversation_id: str,
    ) -> Response[BookmarkList | Error]:
        """`bookmarks.list_bookmarks` returning the raw response: `GET /v1/conversations/{conversationId}/bookmarks`."""
        from ..api.bookmarks import list_bookmarks as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def create_bookmark(
        self,
        conversation_id: str,
        *,
        body: BookmarkRequest,
    ) -> Response[Bookmark | Error]:
        """`bookmarks.create_bookmark` returning the raw response: `POST /v1/conversations/{conversationId}/bookmarks`."""
        from ..api.bookmarks import create_bookmark as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def create_bookmarks_bulk(
        self,
        conversation_id: str,
        *,
        body: list[BookmarkRequest],
    ) -> Response[BookmarkList | Error]:
        """`bookmarks.create_bookmarks_bulk` returning the raw response: `POST /v1/conversations/{conversationId}/bookmarks/bulk`."""
        from ..api.bookmarks import create_bookmarks_bulk as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> Response[Bookmark | Error]:
        """`bookmarks.get_bookmark` returning the raw response: `GET /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`."""
        from ..api.bookmarks import get_bookmark as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            bookmark_id=bookmark_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def update_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
        *,
        body: BookmarkRequest,
    ) -> Response[Bookmark | Error]:
        """`bookmarks.update_bookmark` returning the raw response: `PUT /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`."""
        from ..api.bookmarks import update_bookmark as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            bookmark_id=bookmark_id,
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def delete_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> Response[Any | Error]:
        """`bookmarks.delete_bookmark` returning the raw response: `DELETE /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`."""
        from ..api.bookmarks import delete_bookmark as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            bookmark_id=bookmark_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_bookmark_summary(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> Response[BookmarkSummary | Error]:
        """`bookmarks.get_bookmark_summary` returning the raw response: `GET /v1/conversations/{conversationId}/bookmarks/{bookmarkId}/summary`."""
        from ..api.bookmarks import get_bookmark_summary as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            bookmark_id=bookmark_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_bookmarks_summary(
        self,
        conversation_id: str,
    ) -> Response[BookmarksSummaryList | Error]:
        """`bookmarks.get_bookmarks_summary` returning the raw response: `GET /v1/conversations/{conversationId}/bookmarks-summary`."""
        from ..api.bookmarks import get_bookmarks_summary as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))


class BookmarksResource:
    """bookmarks operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = BookmarksRawResource(runtime)

    def list_bookmarks(
        self,
        conversation_id: str,
    ) -> BookmarkList:
        """List the bookmarks of a conversation

        Every bookmark of the conversation, in one response (no pagination is documented).
        An empty `bookmarks` array means the conversation exists but has no bookmarks.

        `GET /v1/conversations/{conversationId}/bookmarks`
        """
        response = self.with_raw_response.list_bookmarks(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("BookmarkList", response.parsed)

    def create_bookmark(
        self,
        conversation_id: str,
        *,
        body: BookmarkRequest,
    ) -> Bookmark:
        """Create a bookmark

        Bookmarks a span of the conversation. The span is given either by `beginTimeOffset`
        plus `duration` (seconds from the start of the conversation; every message inside the
        window belongs to the bookmark) or by `messageRefs` (ids of consecutive messages, from
        `GET …/messages`). Symbl rejects a body with neither; the two members of the time pair
        are required together.

        Status: Symbl's pages do not state the success code and its Go SDK accepts any 2xx;
        this description documents `201 Created` (the usual code for a created resource, and
        the one the mock answers). Clients should treat any 2xx as success.

        `POST /v1/conversations/{conversationId}/bookmarks`
        """
        response = self.with_raw_response.create_bookmark(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("Bookmark", response.parsed)

    def create_bookmarks_bulk(
        self,
        conversation_id: str,
        *,
        body: list[BookmarkRequest],
    ) -> BookmarkList:
        """Create several bookmarks at once

        Creates one bookmark per element of the array; each element follows the same rules
        as `createBookmark` (time window or `messageRefs`). The response lists the created
        bookmarks with their ids, in request order.

        Status: as for `createBookmark`, Symbl does not state the code; `201 Created` is
        documented here and any 2xx should be treated as success.

        `POST /v1/conversations/{conversationId}/bookmarks/bulk`
        """
        response = self.with_raw_response.create_bookmarks_bulk(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("BookmarkList", response.parsed)

    def get_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> Bookmark:
        """Get a bookmark

        One bookmark of the conversation, as created or last replaced.

        `GET /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`
        """
        response = self.with_raw_response.get_bookmark(
            bookmark_id=bookmark_id,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("Bookmark", response.parsed)

    def update_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
        *,
        body: BookmarkRequest,
    ) -> Bookmark:
        """Replace a bookmark

        Full replacement, not a merge: every field omitted from the body is cleared (for
        example, leaving out `description` removes the existing description). Send the
        complete bookmark, including unchanged fields such as `label` or `messageRefs`. The
        same span rules as `createBookmark` apply.

        `PUT /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`
        """
        response = self.with_raw_response.update_bookmark(
            bookmark_id=bookmark_id,
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("Bookmark", response.parsed)

    def delete_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> None:
        """Delete a bookmark

        Deletes the bookmark permanently. Symbl answers `204 No Content` with no body.

        `DELETE /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`
        """
        response = self.with_raw_response.delete_bookmark(
            bookmark_id=bookmark_id,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)

    def get_bookmark_summary(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> BookmarkSummary:
        """Summarize one bookmark

        A summary of the messages inside the bookmark's span, in the same item shape as the
        conversation summary (`GET …/summary`). `messageRefs` lists the messages the summary
        was generated from. 404 while the conversation's job is still running.

        `GET /v1/conversations/{conversationId}/bookmarks/{bookmarkId}/summary`
        """
        response = self.with_raw_response.get_bookmark_summary(
            bookmark_id=bookmark_id,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("BookmarkSummary", response.parsed)

    def get_bookmarks_summary(
        self,
        conversation_id: str,
    ) -> BookmarksSummaryList:
        """Summarize all bookmarks of a conversation

        One summary per bookmark of the conversation, each tagged with its `bookmarkId`.
        Symbl's guide mentions that the set can be filtered and the Go SDK appends raw filter
        strings to the query, but no parameter name is documented, so none is described here.

        `GET /v1/conversations/{conversationId}/bookmarks-summary`
        """
        response = self.with_raw_response.get_bookmarks_summary(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("BookmarksSummaryList", response.parsed)


class AsyncBookmarksRawResource:
    """`bookmarks` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list_bookmarks(
        self,
        conversation_id: str,
    ) -> Response[BookmarkList | Error]:
        """`bookmarks.list_bookmarks` returning the raw response: `GET /v1/conversations/{conversationId}/bookmarks`."""
        from ..api.bookmarks import list_bookmarks as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def create_bookmark(
        self,
        conversation_id: str,
        *,
        body: BookmarkRequest,
    ) -> Response[Bookmark | Error]:
        """`bookmarks.create_bookmark` returning the raw response: `POST /v1/conversations/{conversationId}/bookmarks`."""
        from ..api.bookmarks import create_bookmark as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def create_bookmarks_bulk(
        self,
        conversation_id: str,
        *,
        body: list[BookmarkRequest],
    ) -> Response[BookmarkList | Error]:
        """`bookmarks.create_bookmarks_bulk` returning the raw response: `POST /v1/conversations/{conversationId}/bookmarks/bulk`."""
        from ..api.bookmarks import create_bookmarks_bulk as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> Response[Bookmark | Error]:
        """`bookmarks.get_bookmark` returning the raw response: `GET /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`."""
        from ..api.bookmarks import get_bookmark as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            bookmark_id=bookmark_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def update_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
        *,
        body: BookmarkRequest,
    ) -> Response[Bookmark | Error]:
        """`bookmarks.update_bookmark` returning the raw response: `PUT /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`."""
        from ..api.bookmarks import update_bookmark as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            bookmark_id=bookmark_id,
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def delete_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> Response[Any | Error]:
        """`bookmarks.delete_bookmark` returning the raw response: `DELETE /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`."""
        from ..api.bookmarks import delete_bookmark as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            bookmark_id=bookmark_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_bookmark_summary(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> Response[BookmarkSummary | Error]:
        """`bookmarks.get_bookmark_summary` returning the raw response: `GET /v1/conversations/{conversationId}/bookmarks/{bookmarkId}/summary`."""
        from ..api.bookmarks import get_bookmark_summary as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
            bookmark_id=bookmark_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_bookmarks_summary(
        self,
        conversation_id: str,
    ) -> Response[BookmarksSummaryList | Error]:
        """`bookmarks.get_bookmarks_summary` returning the raw response: `GET /v1/conversations/{conversationId}/bookmarks-summary`."""
        from ..api.bookmarks import get_bookmarks_summary as operation

        request = operation._get_kwargs(
            conversation_id=conversation_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))


class AsyncBookmarksResource:
    """bookmarks operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncBookmarksRawResource(runtime)

    async def list_bookmarks(
        self,
        conversation_id: str,
    ) -> BookmarkList:
        """List the bookmarks of a conversation

        Every bookmark of the conversation, in one response (no pagination is documented).
        An empty `bookmarks` array means the conversation exists but has no bookmarks.

        `GET /v1/conversations/{conversationId}/bookmarks`
        """
        response = await self.with_raw_response.list_bookmarks(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("BookmarkList", response.parsed)

    async def create_bookmark(
        self,
        conversation_id: str,
        *,
        body: BookmarkRequest,
    ) -> Bookmark:
        """Create a bookmark

        Bookmarks a span of the conversation. The span is given either by `beginTimeOffset`
        plus `duration` (seconds from the start of the conversation; every message inside the
        window belongs to the bookmark) or by `messageRefs` (ids of consecutive messages, from
        `GET …/messages`). Symbl rejects a body with neither; the two members of the time pair
        are required together.

        Status: Symbl's pages do not state the success code and its Go SDK accepts any 2xx;
        this description documents `201 Created` (the usual code for a created resource, and
        the one the mock answers). Clients should treat any 2xx as success.

        `POST /v1/conversations/{conversationId}/bookmarks`
        """
        response = await self.with_raw_response.create_bookmark(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("Bookmark", response.parsed)

    async def create_bookmarks_bulk(
        self,
        conversation_id: str,
        *,
        body: list[BookmarkRequest],
    ) -> BookmarkList:
        """Create several bookmarks at once

        Creates one bookmark per element of the array; each element follows the same rules
        as `createBookmark` (time window or `messageRefs`). The response lists the created
        bookmarks with their ids, in request order.

        Status: as for `createBookmark`, Symbl does not state the code; `201 Created` is
        documented here and any 2xx should be treated as success.

        `POST /v1/conversations/{conversationId}/bookmarks/bulk`
        """
        response = await self.with_raw_response.create_bookmarks_bulk(
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("BookmarkList", response.parsed)

    async def get_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> Bookmark:
        """Get a bookmark

        One bookmark of the conversation, as created or last replaced.

        `GET /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`
        """
        response = await self.with_raw_response.get_bookmark(
            bookmark_id=bookmark_id,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("Bookmark", response.parsed)

    async def update_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
        *,
        body: BookmarkRequest,
    ) -> Bookmark:
        """Replace a bookmark

        Full replacement, not a merge: every field omitted from the body is cleared (for
        example, leaving out `description` removes the existing description). Send the
        complete bookmark, including unchanged fields such as `label` or `messageRefs`. The
        same span rules as `createBookmark` apply.

        `PUT /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`
        """
        response = await self.with_raw_response.update_bookmark(
            bookmark_id=bookmark_id,
            body=body,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("Bookmark", response.parsed)

    async def delete_bookmark(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> None:
        """Delete a bookmark

        Deletes the bookmark permanently. Symbl answers `204 No Content` with no body.

        `DELETE /v1/conversations/{conversationId}/bookmarks/{bookmarkId}`
        """
        response = await self.with_raw_response.delete_bookmark(
            bookmark_id=bookmark_id,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)

    async def get_bookmark_summary(
        self,
        conversation_id: str,
        bookmark_id: str,
    ) -> BookmarkSummary:
        """Summarize one bookmark

        A summary of the messages inside the bookmark's span, in the same item shape as the
        conversation summary (`GET …/summary`). `messageRefs` lists the messages the summary
        was generated from. 404 while the conversation's job is still running.

        `GET /v1/conversations/{conversationId}/bookmarks/{bookmarkId}/summary`
        """
        response = await self.with_raw_response.get_bookmark_summary(
            bookmark_id=bookmark_id,
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("BookmarkSummary", response.parsed)

    async def get_bookmarks_summary(
        self,
        conversation_id: str,
    ) -> BookmarksSummaryList:
        """Summarize all bookmarks of a conversation

        One summary per bookmark of the conversation, each tagged with its `bookmarkId`.
        Symbl's guide mentions that the set can be filtered and the Go SDK appends raw filter
        strings to the query, but no parameter name is documented, so none is described here.

        `GET /v1/conversations/{conversationId}/bookmarks-summary`
        """
        response = await self.with_raw_response.get_bookmarks_summary(
            conversation_id=conversation_id,
        )
        self._runtime.raise_for_status(response)
        return cast("BookmarksSummaryList", response.parsed)
