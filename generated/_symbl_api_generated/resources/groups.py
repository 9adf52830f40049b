# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""`client.groups.<operation>(...)`, sync and async, from the spec.

Models and endpoint modules are imported when an operation is first called, not when the
client is imported, so `import symbl_api` stays cheap.
"""

from __future__ import annotations

import datetime
import os
from typing import IO, TYPE_CHECKING, Any, cast

from .._runtime import AsyncPager, AsyncRuntime, SyncPager, SyncRuntime
from ..models.list_group_conversations_order import ListGroupConversationsOrder
from ..types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ..models.conversation import Conversation
    from ..models.conversation_list import ConversationList
    from ..models.delete_result import DeleteResult
    from ..models.error import Error
    from ..models.group_envelope import GroupEnvelope
    from ..models.group_list import GroupList
    from ..models.group_request import GroupRequest

_ = (datetime, Any, os, IO, File, UNSET, Unset, cast)  # used by some signatures only


class GroupsRawResource:
    """`groups` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def create_group(
        self,
        *,
        body: GroupRequest,
    ) -> Response[Error | GroupEnvelope]:
        """`groups.create_group` returning the raw response: `POST /v1/manage/group`."""
        from ..api.groups import create_group as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def list_groups(
        self,
    ) -> Response[Error | GroupList]:
        """`groups.list_groups` returning the raw response: `GET /v1/manage/groups`."""
        from ..api.groups import list_groups as operation

        request = operation._get_kwargs()
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def create_groups_bulk(
        self,
        *,
        body: list[GroupRequest],
    ) -> Response[Error | GroupList]:
        """`groups.create_groups_bulk` returning the raw response: `POST /v1/manage/groups`."""
        from ..api.groups import create_groups_bulk as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_group(
        self,
        group_id: str,
    ) -> Response[Error | GroupEnvelope]:
        """`groups.get_group` returning the raw response: `GET /v1/manage/group/{groupId}`."""
        from ..api.groups import get_group as operation

        request = operation._get_kwargs(
            group_id=group_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def update_group(
        self,
        group_id: str,
        *,
        body: GroupRequest,
    ) -> Response[Error | GroupEnvelope]:
        """`groups.update_group` returning the raw response: `PUT /v1/manage/group/{groupId}`."""
        from ..api.groups import update_group as operation

        request = operation._get_kwargs(
            group_id=group_id,
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def delete_group(
        self,
        group_id: str,
    ) -> Response[DeleteResult | Error]:
        """`groups.delete_group` returning the raw response: `DELETE /v1/manage/group/{groupId}`."""
        from ..api.groups import delete_group as operation

        request = operation._get_kwargs(
            group_id=group_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def list_group_conversations(
        self,
        group_id: str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        order: ListGroupConversationsOrder | Unset = ListGroupConversationsOrder.ASC,
        sort: str | Unset = "conversation.startTime",
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        filter_: str | Unset = UNSET,
    ) -> Response[ConversationList | Error]:
        """`groups.list_group_conversations` returning the raw response: `GET /v1/groups/{groupId}/conversations`."""
        from ..api.groups import list_group_conversations as operation

        request = operation._get_kwargs(
            group_id=group_id,
            limit=limit,
            offset=offset,
            order=order,
            sort=sort,
            start_time=start_time,
            end_time=end_time,
            filter_=filter_,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))


class GroupsResource:
    """groups operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = GroupsRawResource(runtime)

    def create_group(
        self,
        *,
        body: GroupRequest,
    ) -> GroupEnvelope:
        """Create a conversation group

        Creates a conversation group (beta): a name plus an RSQL `criteria` over conversation
        metadata, for example `conversation.metadata.agentId==johndoe and
        conversation.metadata.customerId==88338833` (up to two parameters per criterion, any
        number of criteria). Note the singular `group` here versus the plural `groups` of the
        bulk and list calls, as in Symbl's documentation. The success status is not stated:
        `201` is documented as primary and `200` with the same body is also accepted.

        `POST /v1/manage/group`
        """
        response = self.with_raw_response.create_group(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("GroupEnvelope", response.parsed)

    def list_groups(
        self,
    ) -> GroupList:
        """List conversation groups

        Returns every conversation group of the account in one response (no pagination).

        `GET /v1/manage/groups`
        """
        response = self.with_raw_response.list_groups()
        self._runtime.raise_for_status(response)
        return cast("GroupList", response.parsed)

    def create_groups_bulk(
        self,
        *,
        body: list[GroupRequest],
    ) -> GroupList:
        """Create several conversation groups

        Creates each group of the array. Symbl documents the request but not the response;
        the list wrapper `groups` (as returned by `listGroups`) is described. `201` is primary;
        `200` with the same body is also accepted.

        `POST /v1/manage/groups`
        """
        response = self.with_raw_response.create_groups_bulk(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("GroupList", response.parsed)

    def get_group(
        self,
        group_id: str,
    ) -> GroupEnvelope:
        """Get a conversation group

        Returns one conversation group.

        `GET /v1/manage/group/{groupId}`
        """
        response = self.with_raw_response.get_group(
            group_id=group_id,
        )
        self._runtime.raise_for_status(response)
        return cast("GroupEnvelope", response.parsed)

    def update_group(
        self,
        group_id: str,
        *,
        body: GroupRequest,
    ) -> GroupEnvelope:
        """Replace a conversation group

        Replaces the group's `name`, `description` and `criteria` with the body. Symbl's
        example body repeats the group's `id`; it is optional here and must equal `groupId`
        when given.

        `PUT /v1/manage/group/{groupId}`
        """
        response = self.with_raw_response.update_group(
            body=body,
            group_id=group_id,
        )
        self._runtime.raise_for_status(response)
        return cast("GroupEnvelope", response.parsed)

    def delete_group(
        self,
        group_id: str,
    ) -> DeleteResult:
        """Delete a conversation group

        Deletes the group; the conversations it selected are not affected.

        `DELETE /v1/manage/group/{groupId}`
        """
        response = self.with_raw_response.delete_group(
            group_id=group_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)

    def list_group_conversations(
        self,
        group_id: str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        order: ListGroupConversationsOrder | Unset = ListGroupConversationsOrder.ASC,
        sort: str | Unset = "conversation.startTime",
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        filter_: str | Unset = UNSET,
    ) -> ConversationList:
        """List the conversations of a group

        Returns the conversations matching the group's criteria, one page at a time, with the
        same query parameters and response as `listConversations`: `offset`/`limit` paging,
        `order`/`sort`, a `startTime`/`endTime` window (the last 7 days by default) and an
        RSQL `filter`. No total count or next-page token is returned; a page shorter than
        `limit` is the last one.

        `GET /v1/groups/{groupId}/conversations`
        """
        response = self.with_raw_response.list_group_conversations(
            limit=limit,
            offset=offset,
            order=order,
            sort=sort,
            start_time=start_time,
            end_time=end_time,
            filter_=filter_,
            group_id=group_id,
        )
        self._runtime.raise_for_status(response)
        return cast("ConversationList", response.parsed)

    def iter_list_group_conversations(
        self,
        group_id: str,
        *,
        order: ListGroupConversationsOrder | Unset = ListGroupConversationsOrder.ASC,
        sort: str | Unset = "conversation.startTime",
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        filter_: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
    ) -> SyncPager[Conversation]:
        """Every item of `list_group_conversations`, requesting page after page.

        `page_size` items per request (the API's default when None), at most `max_items` in
        all, starting at `start_offset` (to resume a walk).
        """

        def fetch(offset: int, limit: int) -> list[Conversation]:
            page = self.list_group_conversations(
                group_id=group_id,
                limit=limit,
                offset=offset,
                order=order,
                sort=sort,
                start_time=start_time,
                end_time=end_time,
                filter_=filter_,
            )
            items = page.conversations
            return [] if isinstance(items, Unset) else list(items)

        return self._runtime.paginate(
            "list_group_conversations", fetch, page_size=page_size, max_items=max_items, start_offset=start_offset
        )


class AsyncGroupsRawResource:
    """`groups` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def create_group(
        self,
        *,
        body: GroupRequest,
    ) -> Response[Error | GroupEnvelope]:
        """`groups.create_group` returning the raw response: `POST /v1/manage/group`."""
        from ..api.groups import create_group as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def list_groups(
        self,
    ) -> Response[Error | GroupList]:
        """`groups.list_groups` returning the raw response: `GET /v1/manage/groups`."""
        from ..api.groups import list_groups as operation

        request = operation._get_kwargs()
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def create_groups_bulk(
        self,
        *,
        body: list[GroupRequest],
    ) -> Response[Error | GroupList]:
        """`groups.create_groups_bulk` returning the raw response: `POST /v1/manage/groups`."""
        from ..api.groups import create_groups_bulk as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_group(
        self,
        group_id: str,
    ) -> Response[Error | GroupEnvelope]:
        """`groups.get_group` returning the raw response: `GET /v1/manage/group/{groupId}`."""
        from ..api.groups import get_group as operation

        request = operation._get_kwargs(
            group_id=group_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def update_group(
        self,
        group_id: str,
        *,
        body: GroupRequest,
    ) -> Response[Error | GroupEnvelope]:
        """`groups.update_group` returning the raw response: `PUT /v1/manage/group/{groupId}`."""
        from ..api.groups import update_group as operation

        request = operation._get_kwargs(
            group_id=group_id,
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def delete_group(
        self,
        group_id: str,
    ) -> Response[DeleteResult | Error]:
        """`groups.delete_group` returning the raw response: `DELETE /v1/manage/group/{groupId}`."""
        from ..api.groups import delete_group as operation

        request = operation._get_kwargs(
            group_id=group_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def list_group_conversations(
        self,
        group_id: str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        order: ListGroupConversationsOrder | Unset = ListGroupConversationsOrder.ASC,
        sort: str | Unset = "conversation.startTime",
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        filter_: str | Unset = UNSET,
    ) -> Response[ConversationList | Error]:
        """`groups.list_group_conversations` returning the raw response: `GET /v1/groups/{groupId}/conversations`."""
        from ..api.groups import list_group_conversations as operation

        request = operation._get_kwargs(
            group_id=group_id,
            limit=limit,
            offset=offset,
            order=order,
            sort=sort,
            start_time=start_time,
            end_time=end_time,
            filter_=filter_,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))


class AsyncGroupsResource:
    """groups operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncGroupsRawResource(runtime)

    async def create_group(
        self,
        *,
        body: GroupRequest,
    ) -> GroupEnvelope:
        """Create a conversation group

        Creates a conversation group (beta): a name plus an RSQL `criteria` over conversation
        metadata, for example `conversation.metadata.agentId==johndoe and
        conversation.metadata.customerId==88338833` (up to two parameters per criterion, any
        number of criteria). Note the singular `group` here versus the plural `groups` of the
        bulk and list calls, as in Symbl's documentation. The success status is not stated:
        `201` is documented as primary and `200` with the same body is also accepted.

        `POST /v1/manage/group`
        """
        response = await self.with_raw_response.create_group(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("GroupEnvelope", response.parsed)

    async def list_groups(
        self,
    ) -> GroupList:
        """List conversation groups

        Returns every conversation group of the account in one response (no pagination).

        `GET /v1/manage/groups`
        """
        response = await self.with_raw_response.list_groups()
        self._runtime.raise_for_status(response)
        return cast("GroupList", response.parsed)

    async def create_groups_bulk(
        self,
        *,
        body: list[GroupRequest],
    ) -> GroupList:
        """Create several conversation groups

        Creates each group of the array. Symbl documents the request but not the response;
        the list wrapper `groups` (as returned by `listGroups`) is described. `201` is primary;
        `200` with the same body is also accepted.

        `POST /v1/manage/groups`
        """
        response = await self.with_raw_response.create_groups_bulk(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("GroupList", response.parsed)

    async def get_group(
        self,
        group_id: str,
    ) -> GroupEnvelope:
        """Get a conversation group

        Returns one conversation group.

        `GET /v1/manage/group/{groupId}`
        """
        response = await self.with_raw_response.get_group(
            group_id=group_id,
        )
        self._runtime.raise_for_status(response)
        return cast("GroupEnvelope", response.parsed)

    async def update_group(
        self,
        group_id: str,
        *,
        body: GroupRequest,
    ) -> GroupEnvelope:
        """Replace a conversation group

        Replaces the group's `name`, `description` and `criteria` with the body. Symbl's
        example body repeats the group's `id`; it is optional here and must equal `groupId`
        when given.

        `PUT /v1/manage/group/{groupId}`
        """
        response = await self.with_raw_response.update_group(
            body=body,
            group_id=group_id,
        )
        self._runtime.raise_for_status(response)
        return cast("GroupEnvelope", response.parsed)

    async def delete_group(
        self,
        group_id: str,
    ) -> DeleteResult:
        """Delete a conversation group

        Deletes the group; the conversations it selected are not affected.

        `DELETE /v1/manage/group/{groupId}`
        """
        response = await self.with_raw_response.delete_group(
            group_id=group_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)

    async def list_group_conversations(
        self,
        group_id: str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        order: ListGroupConversationsOrder | Unset = ListGroupConversationsOrder.ASC,
        sort: str | Unset = "conversation.startTime",
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        filter_: str | Unset = UNSET,
    ) -> ConversationList:
        """List the conversations of a group

        Returns the conversations matching the group's criteria, one page at a time, with the
        same query parameters and response as `listConversations`: `offset`/`limit` paging,
        `order`/`sort`, a `startTime`/`endTime` window (the last 7 days by default) and an
        RSQL `filter`. No total count or next-page token is returned; a page shorter than
        `limit` is the last one.

        `GET /v1/groups/{groupId}/conversations`
        """
        response = await self.with_raw_response.list_group_conversations(
            limit=limit,
            offset=offset,
            order=order,
            sort=sort,
            start_time=start_time,
            end_time=end_time,
            filter_=filter_,
            group_id=group_id,
        )
        self._runtime.raise_for_status(response)
        return cast("ConversationList", response.parsed)

    def iter_list_group_conversations(
        self,
        group_id: str,
        *,
        order: ListGroupConversationsOrder | Unset = ListGroupConversationsOrder.ASC,
        sort: str | Unset = "conversation.startTime",
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        filter_: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
    ) -> AsyncPager[Conversation]:
        """Every item of `list_group_conversations`, requesting page after page.

        `page_size` items per request (the API's default when None), at most `max_items` in
        all, starting at `start_offset` (to resume a walk).
        """

        async def fetch(offset: int, limit: int) -> list[Conversation]:
            page = await self.list_group_conversations(
                group_id=group_id,
                limit=limit,
                offset=offset,
                order=order,
                sort=sort,
                start_time=start_time,
                end_time=end_time,
                filter_=filter_,
            )
            items = page.conversations
            return [] if isinstance(items, Unset) else list(items)

        return self._runtime.paginate(
            "list_group_conversations", fetch, page_size=page_size, max_items=max_items, start_offset=start_offset
        )
