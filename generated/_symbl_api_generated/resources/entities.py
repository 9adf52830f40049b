# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""`client.entities.<operation>(...)`, sync and async, from the spec.

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
    from ..models.custom_entity import CustomEntity
    from ..models.custom_entity_envelope import CustomEntityEnvelope
    from ..models.custom_entity_list import CustomEntityList
    from ..models.custom_entity_request import CustomEntityRequest
    from ..models.delete_result import DeleteResult
    from ..models.error import Error
    from ..models.status_message import StatusMessage

_ = (datetime, Any, os, IO, File, UNSET, Unset, cast)  # used by some signatures only


class EntitiesRawResource:
    """`entities` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list_entities(
        self,
    ) -> Response[CustomEntityList | Error]:
        """`entities.list_entities` returning the raw response: `GET /v1/manage/entities`."""
        from ..api.entities import list_entities as operation

        request = operation._get_kwargs()
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def create_entity(
        self,
        *,
        body: CustomEntityRequest,
    ) -> Response[CustomEntityEnvelope | Error]:
        """`entities.create_entity` returning the raw response: `POST /v1/manage/entities`."""
        from ..api.entities import create_entity as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def delete_entities_by_sub_type(
        self,
        *,
        sub_type: str,
    ) -> Response[Error | StatusMessage]:
        """`entities.delete_entities_by_sub_type` returning the raw response: `DELETE /v1/manage/entities`."""
        from ..api.entities import delete_entities_by_sub_type as operation

        request = operation._get_kwargs(
            sub_type=sub_type,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def create_entities_bulk(
        self,
        *,
        body: list[CustomEntityRequest],
    ) -> Response[CustomEntityList | Error]:
        """`entities.create_entities_bulk` returning the raw response: `POST /v1/manage/entities/bulk`."""
        from ..api.entities import create_entities_bulk as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_entity(
        self,
        entity_id: str,
    ) -> Response[CustomEntity | Error]:
        """`entities.get_entity` returning the raw response: `GET /v1/manage/entities/{entityId}`."""
        from ..api.entities import get_entity as operation

        request = operation._get_kwargs(
            entity_id=entity_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def update_entity(
        self,
        entity_id: str,
        *,
        body: CustomEntityRequest,
    ) -> Response[CustomEntityEnvelope | Error]:
        """`entities.update_entity` returning the raw response: `PUT /v1/manage/entities/{entityId}`."""
        from ..api.entities import update_entity as operation

        request = operation._get_kwargs(
            entity_id=entity_id,
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def delete_entity(
        self,
        entity_id: str,
    ) -> Response[DeleteResult | Error]:
        """`entities.delete_entity` returning the raw response: `DELETE /v1/manage/entities/{entityId}`."""
        from ..api.entities import delete_entity as operation

        request = operation._get_kwargs(
            entity_id=entity_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def create_entity_legacy(
        self,
        *,
        body: CustomEntityRequest,
    ) -> Response[CustomEntityEnvelope | Error]:
        """`entities.create_entity_legacy` returning the raw response: `POST /v1/manage/entity`."""
        from ..api.entities import create_entity_legacy as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_entity_legacy(
        self,
        entity_id: str,
    ) -> Response[CustomEntity | Error]:
        """`entities.get_entity_legacy` returning the raw response: `GET /v1/manage/entity/{entityId}`."""
        from ..api.entities import get_entity_legacy as operation

        request = operation._get_kwargs(
            entity_id=entity_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def update_entity_legacy(
        self,
        entity_id: str,
        *,
        body: CustomEntityRequest,
    ) -> Response[CustomEntityEnvelope | Error]:
        """`entities.update_entity_legacy` returning the raw response: `PUT /v1/manage/entity/{entityId}`."""
        from ..api.entities import update_entity_legacy as operation

        request = operation._get_kwargs(
            entity_id=entity_id,
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def delete_entity_legacy(
        self,
        entity_id: str,
    ) -> Response[DeleteResult | Error]:
        """`entities.delete_entity_legacy` returning the raw response: `DELETE /v1/manage/entity/{entityId}`."""
        from ..api.entities import delete_entity_legacy as operation

        request = operation._get_kwargs(
            entity_id=entity_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))


class EntitiesResource:
    """entities operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = EntitiesRawResource(runtime)

    def list_entities(
        self,
    ) -> CustomEntityList:
        """List custom entities

        Returns every custom entity of the account in one response (no pagination).

        `GET /v1/manage/entities`
        """
        response = self.with_raw_response.list_entities()
        self._runtime.raise_for_status(response)
        return cast("CustomEntityList", response.parsed)

    def create_entity(
        self,
        *,
        body: CustomEntityRequest,
    ) -> CustomEntityEnvelope:
        """Create a custom entity

        Creates one custom entity: values Symbl detects verbatim in conversations and reports
        under `type`/`subType` with `category: Custom`. `subType` must be unique within a
        `type` (Symbl documents no status code for a duplicate, so no `409` is described);
        values match exactly. Symbl's guides alternate between this path and the singular
        `/v1/manage/entity`; the plural path of the newest guide and the Go SDK is canonical
        (project decision 4), and the older guides' bulk use of this path moved to
        `/v1/manage/entities/bulk`. `201` is documented as primary; `200` with the same body
        is also accepted (the Go SDK treats `200` as success).

        `POST /v1/manage/entities`
        """
        response = self.with_raw_response.create_entity(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityEnvelope", response.parsed)

    def delete_entities_by_sub_type(
        self,
        *,
        sub_type: str,
    ) -> StatusMessage:
        """Delete the custom entities of a subtype

        Deletes every custom entity whose `subType` equals the query value. Symbl documents
        this call ("delete custom entity by subtype") and the Go SDK ignores its body; since
        several entities may go and no single id applies, a plain `message` is described
        rather than the per-id delete acknowledgement.

        `DELETE /v1/manage/entities`
        """
        response = self.with_raw_response.delete_entities_by_sub_type(
            sub_type=sub_type,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)

    def create_entities_bulk(
        self,
        *,
        body: list[CustomEntityRequest],
    ) -> CustomEntityList:
        """Create several custom entities

        Creates each custom entity of the array and returns them all. The Go SDK uses this
        path; older guides posted the array to `/v1/manage/entities` (project decision 4).
        `201` is primary; `200` with the same body is also accepted.

        `POST /v1/manage/entities/bulk`
        """
        response = self.with_raw_response.create_entities_bulk(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityList", response.parsed)

    def get_entity(
        self,
        entity_id: str,
    ) -> CustomEntity:
        """Get a custom entity

        Returns one custom entity. Unlike the other entity calls the object comes back bare,
        not wrapped in `entity` (Go SDK structs; symbl-api.md open question 4).

        `GET /v1/manage/entities/{entityId}`
        """
        response = self.with_raw_response.get_entity(
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntity", response.parsed)

    def update_entity(
        self,
        entity_id: str,
        *,
        body: CustomEntityRequest,
    ) -> CustomEntityEnvelope:
        """Replace a custom entity

        Replaces a custom entity with the body; `type`, `subType`, `category` and `values`
        are all required (Symbl answers `400` "must contain 'type'" otherwise, as the Go SDK
        notes). Returns the entity wrapped in `entity`.

        `PUT /v1/manage/entities/{entityId}`
        """
        response = self.with_raw_response.update_entity(
            body=body,
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityEnvelope", response.parsed)

    def delete_entity(
        self,
        entity_id: str,
    ) -> DeleteResult:
        """Delete a custom entity

        Deletes one custom entity.

        `DELETE /v1/manage/entities/{entityId}`
        """
        response = self.with_raw_response.delete_entity(
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)

    def create_entity_legacy(
        self,
        *,
        body: CustomEntityRequest,
    ) -> CustomEntityEnvelope:
        """Create a custom entity (singular path) (deprecated)

        Deprecated; use `createEntity` (`POST /v1/manage/entities`). Same body and response.

        `POST /v1/manage/entity`
        """
        response = self.with_raw_response.create_entity_legacy(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityEnvelope", response.parsed)

    def get_entity_legacy(
        self,
        entity_id: str,
    ) -> CustomEntity:
        """Get a custom entity (singular path) (deprecated)

        Deprecated; use `getEntity` (`GET /v1/manage/entities/{entityId}`). Same bare response.

        `GET /v1/manage/entity/{entityId}`
        """
        response = self.with_raw_response.get_entity_legacy(
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntity", response.parsed)

    def update_entity_legacy(
        self,
        entity_id: str,
        *,
        body: CustomEntityRequest,
    ) -> CustomEntityEnvelope:
        """Replace a custom entity (singular path) (deprecated)

        Deprecated; use `updateEntity` (`PUT /v1/manage/entities/{entityId}`). Same body and response.

        `PUT /v1/manage/entity/{entityId}`
        """
        response = self.with_raw_response.update_entity_legacy(
            body=body,
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityEnvelope", response.parsed)

    def delete_entity_legacy(
        self,
        entity_id: str,
    ) -> DeleteResult:
        """Delete a custom entity (singular path) (deprecated)

        Deprecated; use `deleteEntity` (`DELETE /v1/manage/entities/{entityId}`). Same response.

        `DELETE /v1/manage/entity/{entityId}`
        """
        response = self.with_raw_response.delete_entity_legacy(
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)


class AsyncEntitiesRawResource:
    """`entities` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list_entities(
        self,
    ) -> Response[CustomEntityList | Error]:
        """`entities.list_entities` returning the raw response: `GET /v1/manage/entities`."""
        from ..api.entities import list_entities as operation

        request = operation._get_kwargs()
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def create_entity(
        self,
        *,
        body: CustomEntityRequest,
    ) -> Response[CustomEntityEnvelope | Error]:
        """`entities.create_entity` returning the raw response: `POST /v1/manage/entities`."""
        from ..api.entities import create_entity as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def delete_entities_by_sub_type(
        self,
        *,
        sub_type: str,
    ) -> Response[Error | StatusMessage]:
        """`entities.delete_entities_by_sub_type` returning the raw response: `DELETE /v1/manage/entities`."""
        from ..api.entities import delete_entities_by_sub_type as operation

        request = operation._get_kwargs(
            sub_type=sub_type,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def create_entities_bulk(
        self,
        *,
        body: list[CustomEntityRequest],
    ) -> Response[CustomEntityList | Error]:
        """`entities.create_entities_bulk` returning the raw response: `POST /v1/manage/entities/bulk`."""
        from ..api.entities import create_entities_bulk as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_entity(
        self,
        entity_id: str,
    ) -> Response[CustomEntity | Error]:
        """`entities.get_entity` returning the raw response: `GET /v1/manage/entities/{entityId}`."""
        from ..api.entities import get_entity as operation

        request = operation._get_kwargs(
            entity_id=entity_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def update_entity(
        self,
        entity_id: str,
        *,
        body: CustomEntityRequest,
    ) -> Response[CustomEntityEnvelope | Error]:
        """`entities.update_entity` returning the raw response: `PUT /v1/manage/entities/{entityId}`."""
        from ..api.entities import update_entity as operation

        request = operation._get_kwargs(
            entity_id=entity_id,
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def delete_entity(
        self,
        entity_id: str,
    ) -> Response[DeleteResult | Error]:
        """`entities.delete_entity` returning the raw response: `DELETE /v1/manage/entities/{entityId}`."""
        from ..api.entities import delete_entity as operation

        request = operation._get_kwargs(
            entity_id=entity_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def create_entity_legacy(
        self,
        *,
        body: CustomEntityRequest,
    ) -> Response[CustomEntityEnvelope | Error]:
        """`entities.create_entity_legacy` returning the raw response: `POST /v1/manage/entity`."""
        from ..api.entities import create_entity_legacy as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_entity_legacy(
        self,
        entity_id: str,
    ) -> Response[CustomEntity | Error]:
        """`entities.get_entity_legacy` returning the raw response: `GET /v1/manage/entity/{entityId}`."""
        from ..api.entities import get_entity_legacy as operation

        request = operation._get_kwargs(
            entity_id=entity_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def update_entity_legacy(
        self,
        entity_id: str,
        *,
        body: CustomEntityRequest,
    ) -> Response[CustomEntityEnvelope | Error]:
        """`entities.update_entity_legacy` returning the raw response: `PUT /v1/manage/entity/{entityId}`."""
        from ..api.entities import update_entity_legacy as operation

        request = operation._get_kwargs(
            entity_id=entity_id,
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def delete_entity_legacy(
        self,
        entity_id: str,
    ) -> Response[DeleteResult | Error]:
        """`entities.delete_entity_legacy` returning the raw response: `DELETE /v1/manage/entity/{entityId}`."""
        from ..api.entities import delete_entity_legacy as operation

        request = operation._get_kwargs(
            entity_id=entity_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))


class AsyncEntitiesResource:
    """entities operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncEntitiesRawResource(runtime)

    async def list_entities(
        self,
    ) -> CustomEntityList:
        """List custom entities

        Returns every custom entity of the account in one response (no pagination).

        `GET /v1/manage/entities`
        """
        response = await self.with_raw_response.list_entities()
        self._runtime.raise_for_status(response)
        return cast("CustomEntityList", response.parsed)

    async def create_entity(
        self,
        *,
        body: CustomEntityRequest,
    ) -> CustomEntityEnvelope:
        """Create a custom entity

        Creates one custom entity: values Symbl detects verbatim in conversations and reports
        under `type`/`subType` with `category: Custom`. `subType` must be unique within a
        `type` (Symbl documents no status code for a duplicate, so no `409` is described);
        values match exactly. Symbl's guides alternate between this path and the singular
        `/v1/manage/entity`; the plural path of the newest guide and the Go SDK is canonical
        (project decision 4), and the older guides' bulk use of this path moved to
        `/v1/manage/entities/bulk`. `201` is documented as primary; `200` with the same body
        is also accepted (the Go SDK treats `200` as success).

        `POST /v1/manage/entities`
        """
        response = await self.with_raw_response.create_entity(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityEnvelope", response.parsed)

    async def delete_entities_by_sub_type(
        self,
        *,
        sub_type: str,
    ) -> StatusMessage:
        """Delete the custom entities of a subtype

        Deletes every custom entity whose `subType` equals the query value. Symbl documents
        this call ("delete custom entity by subtype") and the Go SDK ignores its body; since
        several entities may go and no single id applies, a plain `message` is described
        rather than the per-id delete acknowledgement.

        `DELETE /v1/manage/entities`
        """
        response = await self.with_raw_response.delete_entities_by_sub_type(
            sub_type=sub_type,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)

    async def create_entities_bulk(
        self,
        *,
        body: list[CustomEntityRequest],
    ) -> CustomEntityList:
        """Create several custom entities

        Creates each custom entity of the array and returns them all. The Go SDK uses this
        path; older guides posted the array to `/v1/manage/entities` (project decision 4).
        `201` is primary; `200` with the same body is also accepted.

        `POST /v1/manage/entities/bulk`
        """
        response = await self.with_raw_response.create_entities_bulk(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityList", response.parsed)

    async def get_entity(
        self,
        entity_id: str,
    ) -> CustomEntity:
        """Get a custom entity

        Returns one custom entity. Unlike the other entity calls the object comes back bare,
        not wrapped in `entity` (Go SDK structs; symbl-api.md open question 4).

        `GET /v1/manage/entities/{entityId}`
        """
        response = await self.with_raw_response.get_entity(
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntity", response.parsed)

    async def update_entity(
        self,
        entity_id: str,
        *,
        body: CustomEntityRequest,
    ) -> CustomEntityEnvelope:
        """Replace a custom entity

        Replaces a custom entity with the body; `type`, `subType`, `category` and `values`
        are all required (Symbl answers `400` "must contain 'type'" otherwise, as the Go SDK
        notes). Returns the entity wrapped in `entity`.

        `PUT /v1/manage/entities/{entityId}`
        """
        response = await self.with_raw_response.update_entity(
            body=body,
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityEnvelope", response.parsed)

    async def delete_entity(
        self,
        entity_id: str,
    ) -> DeleteResult:
        """Delete a custom entity

        Deletes one custom entity.

        `DELETE /v1/manage/entities/{entityId}`
        """
        response = await self.with_raw_response.delete_entity(
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)

    async def create_entity_legacy(
        self,
        *,
        body: CustomEntityRequest,
    ) -> CustomEntityEnvelope:
        """Create a custom entity (singular path) (deprecated)

        Deprecated; use `createEntity` (`POST /v1/manage/entities`). Same body and response.

        `POST /v1/manage/entity`
        """
        response = await self.with_raw_response.create_entity_legacy(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityEnvelope", response.parsed)

    async def get_entity_legacy(
        self,
        entity_id: str,
    ) -> CustomEntity:
        """Get a custom entity (singular path) (deprecated)

        Deprecated; use `getEntity` (`GET /v1/manage/entities/{entityId}`). Same bare response.

        `GET /v1/manage/entity/{entityId}`
        """
        response = await self.with_raw_response.get_entity_legacy(
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntity", response.parsed)

    async def update_entity_legacy(
        self,
        entity_id: str,
        *,
        body: CustomEntityRequest,
    ) -> CustomEntityEnvelope:
        """Replace a custom entity (singular path) (deprecated)

        Deprecated; use `updateEntity` (`PUT /v1/manage/entities/{entityId}`). Same body and response.

        `PUT /v1/manage/entity/{entityId}`
        """
        response = await self.with_raw_response.update_entity_legacy(
            body=body,
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("CustomEntityEnvelope", response.parsed)

    async def delete_entity_legacy(
        self,
        entity_id: str,
    ) -> DeleteResult:
        """Delete a custom entity (singular path) (deprecated)

        Deprecated; use `deleteEntity` (`DELETE /v1/manage/entities/{entityId}`). Same response.

        `DELETE /v1/manage/entity/{entityId}`
        """
        response = await self.with_raw_response.delete_entity_legacy(
            entity_id=entity_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)
