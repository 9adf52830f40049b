# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""`client.trackers.<operation>(...)`, sync and async, from the spec.

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
    from ..models.delete_result import DeleteResult
    from ..models.error import Error
    from ..models.legacy_tracker_update import LegacyTrackerUpdate
    from ..models.tracker_envelope import TrackerEnvelope
    from ..models.tracker_list import TrackerList
    from ..models.tracker_patch_operation import TrackerPatchOperation
    from ..models.tracker_request import TrackerRequest

_ = (datetime, Any, os, IO, File, UNSET, Unset, cast)  # used by some signatures only


class TrackersRawResource:
    """`trackers` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list_trackers(
        self,
        *,
        name: str | Unset = UNSET,
    ) -> Response[Error | TrackerList]:
        """`trackers.list_trackers` returning the raw response: `GET /v1/manage/trackers`."""
        from ..api.trackers import list_trackers as operation

        request = operation._get_kwargs(
            name=name,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def create_tracker(
        self,
        *,
        body: TrackerRequest,
    ) -> Response[Error | TrackerEnvelope]:
        """`trackers.create_tracker` returning the raw response: `POST /v1/manage/trackers`."""
        from ..api.trackers import create_tracker as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def create_trackers_bulk(
        self,
        *,
        body: list[TrackerRequest],
    ) -> Response[Error | TrackerList]:
        """`trackers.create_trackers_bulk` returning the raw response: `POST /v1/manage/trackers/bulk`."""
        from ..api.trackers import create_trackers_bulk as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_tracker(
        self,
        tracker_id: str,
    ) -> Response[Error | TrackerEnvelope]:
        """`trackers.get_tracker` returning the raw response: `GET /v1/manage/trackers/{trackerId}`."""
        from ..api.trackers import get_tracker as operation

        request = operation._get_kwargs(
            tracker_id=tracker_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def delete_tracker(
        self,
        tracker_id: str,
    ) -> Response[DeleteResult | Error]:
        """`trackers.delete_tracker` returning the raw response: `DELETE /v1/manage/trackers/{trackerId}`."""
        from ..api.trackers import delete_tracker as operation

        request = operation._get_kwargs(
            tracker_id=tracker_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def update_tracker(
        self,
        tracker_id: str,
        *,
        body: list[TrackerPatchOperation],
    ) -> Response[Error | TrackerEnvelope]:
        """`trackers.update_tracker` returning the raw response: `PATCH /v1/manage/trackers/{trackerId}`."""
        from ..api.trackers import update_tracker as operation

        request = operation._get_kwargs(
            tracker_id=tracker_id,
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def create_tracker_legacy(
        self,
        *,
        body: TrackerRequest,
    ) -> Response[Error | TrackerEnvelope]:
        """`trackers.create_tracker_legacy` returning the raw response: `POST /v1/manage/tracker`."""
        from ..api.trackers import create_tracker_legacy as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def get_tracker_legacy(
        self,
        tracker_id: str,
    ) -> Response[Error | TrackerEnvelope]:
        """`trackers.get_tracker_legacy` returning the raw response: `GET /v1/manage/tracker/{trackerId}`."""
        from ..api.trackers import get_tracker_legacy as operation

        request = operation._get_kwargs(
            tracker_id=tracker_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def update_tracker_legacy(
        self,
        tracker_id: str,
        *,
        body: LegacyTrackerUpdate,
    ) -> Response[Error | TrackerEnvelope]:
        """`trackers.update_tracker_legacy` returning the raw response: `PUT /v1/manage/tracker/{trackerId}`."""
        from ..api.trackers import update_tracker_legacy as operation

        request = operation._get_kwargs(
            tracker_id=tracker_id,
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def delete_tracker_legacy(
        self,
        tracker_id: str,
    ) -> Response[DeleteResult | Error]:
        """`trackers.delete_tracker_legacy` returning the raw response: `DELETE /v1/manage/tracker/{trackerId}`."""
        from ..api.trackers import delete_tracker_legacy as operation

        request = operation._get_kwargs(
            tracker_id=tracker_id,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))


class TrackersResource:
    """trackers operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = TrackersRawResource(runtime)

    def list_trackers(
        self,
        *,
        name: str | Unset = UNSET,
    ) -> TrackerList:
        """List trackers

        Returns every tracker of the account in one response (no pagination), or only the
        tracker whose name matches `name` exactly (case-sensitive). One 2022 example shows a
        singular `tracker` wrapper here; the list wrapper `trackers` is used, as in the other
        examples and the Go SDK.

        `GET /v1/manage/trackers`
        """
        response = self.with_raw_response.list_trackers(
            name=name,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerList", response.parsed)

    def create_tracker(
        self,
        *,
        body: TrackerRequest,
    ) -> TrackerEnvelope:
        """Create a tracker

        Creates one account-wide tracker: a named set of phrases Symbl looks for (exactly and
        by meaning) in conversations. Names are unique per account and case-sensitive; a
        duplicate name answers `409`. An account holds up to 500 trackers; 5 to 50
        vocabulary terms are recommended, and terms may use only letters, digits, spaces and
        the punctuation `.` `'` `-`. Bodies over 1 MB answer `413`; the API allows one
        concurrent create or update per account (`429` otherwise).

        Symbl's 2022 documentation used this path for *bulk* creation with an array body;
        following the newer guide and Go SDK (project decision 3) it creates a single tracker
        and bulk creation moved to `POST /v1/manage/trackers/bulk`. The success status is not
        stated by Symbl: `201` is documented as primary and `200` with the same body is also
        accepted.

        `POST /v1/manage/trackers`
        """
        response = self.with_raw_response.create_tracker(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    def create_trackers_bulk(
        self,
        *,
        body: list[TrackerRequest],
    ) -> TrackerList:
        """Create several trackers

        Creates each tracker of the array separately and returns them all. Same rules as
        `createTracker` (unique case-sensitive names, 1 MB body, one concurrent request).
        The newer guide and Go SDK use this path; the 2022 documentation posted the array to
        `/v1/manage/trackers` instead (project decision 3). `201` is primary; `200` with the
        same body is also accepted.

        `POST /v1/manage/trackers/bulk`
        """
        response = self.with_raw_response.create_trackers_bulk(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerList", response.parsed)

    def get_tracker(
        self,
        tracker_id: str,
    ) -> TrackerEnvelope:
        """Get a tracker

        Returns one tracker by id.

        `GET /v1/manage/trackers/{trackerId}`
        """
        response = self.with_raw_response.get_tracker(
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    def delete_tracker(
        self,
        tracker_id: str,
    ) -> DeleteResult:
        """Delete a tracker

        Deletes a tracker. The Go SDK ignores the body; the 2022 documentation shows
        `{id, type: tracker, deleted: true}`, which is described.

        `DELETE /v1/manage/trackers/{trackerId}`
        """
        response = self.with_raw_response.delete_tracker(
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)

    def update_tracker(
        self,
        tracker_id: str,
        *,
        body: list[TrackerPatchOperation],
    ) -> TrackerEnvelope:
        """Update a tracker

        Changes a tracker with a JSON-Patch (RFC 6902) array. Each operation is `add`,
        `replace` or `remove` on one of `/name`, `/description`, `/categories`, `/languages`,
        `/vocabulary`, `/excludeVocabulary`. Symbl's newer guide and Go SDK send the array as
        `application/json` (not `application/json-patch+json`), so that is the media type
        described. Renaming to an existing name answers `409`; the 1 MB and one-concurrent
        request limits of `createTracker` apply. This replaces the 2022 `PUT
        /v1/manage/tracker/{trackerId}` (project decision 3).

        `PATCH /v1/manage/trackers/{trackerId}`
        """
        response = self.with_raw_response.update_tracker(
            body=body,
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    def create_tracker_legacy(
        self,
        *,
        body: TrackerRequest,
    ) -> TrackerEnvelope:
        """Create a tracker (2022 path) (deprecated)

        Deprecated: use `createTracker` (`POST /v1/manage/trackers`). The 2022 singular path
        kept for existing callers (project decision 3); it knew only `name` and `vocabulary`.
        Same rules and errors as `createTracker`.

        `POST /v1/manage/tracker`
        """
        response = self.with_raw_response.create_tracker_legacy(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    def get_tracker_legacy(
        self,
        tracker_id: str,
    ) -> TrackerEnvelope:
        """Get a tracker (2022 path) (deprecated)

        Deprecated; use `getTracker` (`GET /v1/manage/trackers/{trackerId}`). Same response.

        `GET /v1/manage/tracker/{trackerId}`
        """
        response = self.with_raw_response.get_tracker_legacy(
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    def update_tracker_legacy(
        self,
        tracker_id: str,
        *,
        body: LegacyTrackerUpdate,
    ) -> TrackerEnvelope:
        """Update a tracker (2022 path) (deprecated)

        Deprecated; use `updateTracker` (`PATCH /v1/manage/trackers/{trackerId}` with
        JSON-Patch). Sends the tracker's `name` and `vocabulary`. The 2022 text calls this an
        update while its example response shows the old and new vocabulary merged, so the
        result may be a union of the terms rather than a replacement; `updateTracker` states
        the intent explicitly.

        `PUT /v1/manage/tracker/{trackerId}`
        """
        response = self.with_raw_response.update_tracker_legacy(
            body=body,
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    def delete_tracker_legacy(
        self,
        tracker_id: str,
    ) -> DeleteResult:
        """Delete a tracker (2022 path) (deprecated)

        Deprecated; use `deleteTracker` (`DELETE /v1/manage/trackers/{trackerId}`). Same response.

        `DELETE /v1/manage/tracker/{trackerId}`
        """
        response = self.with_raw_response.delete_tracker_legacy(
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)


class AsyncTrackersRawResource:
    """`trackers` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list_trackers(
        self,
        *,
        name: str | Unset = UNSET,
    ) -> Response[Error | TrackerList]:
        """`trackers.list_trackers` returning the raw response: `GET /v1/manage/trackers`."""
        from ..api.trackers import list_trackers as operation

        request = operation._get_kwargs(
            name=name,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def create_tracker(
        self,
        *,
        body: TrackerRequest,
    ) -> Response[Error | TrackerEnvelope]:
        """`trackers.create_tracker` returning the raw response: `POST /v1/manage/trackers`."""
        from ..api.trackers import create_tracker as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def create_trackers_bulk(
        self,
        *,
        body: list[TrackerRequest],
    ) -> Response[Error | TrackerList]:
        """`trackers.create_trackers_bulk` returning the raw response: `POST /v1/manage/trackers/bulk`."""
        from ..api.trackers import create_trackers_bulk as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_tracker(
        self,
        tracker_id: str,
    ) -> Response[Error | TrackerEnvelope]:
        """`trackers.get_tracker` returning the raw response: `GET /v1/manage/trackers/{trackerId}`."""
        from ..api.trackers import get_tracker as operation

        request = operation._get_kwargs(
            tracker_id=tracker_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def delete_tracker(
        self,
        tracker_id: str,
    ) -> Response[DeleteResult | Error]:
        """`trackers.delete_tracker` returning the raw response: `DELETE /v1/manage/trackers/{trackerId}`."""
        from ..api.trackers import delete_tracker as operation

        request = operation._get_kwargs(
            tracker_id=tracker_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def update_tracker(
        self,
        tracker_id: str,
        *,
        body: list[TrackerPatchOperation],
    ) -> Response[Error | TrackerEnvelope]:
        """`trackers.update_tracker` returning the raw response: `PATCH /v1/manage/trackers/{trackerId}`."""
        from ..api.trackers import update_tracker as operation

        request = operation._get_kwargs(
            tracker_id=tracker_id,
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def create_tracker_legacy(
        self,
        *,
        body: TrackerRequest,
    ) -> Response[Error | TrackerEnvelope]:
        """`trackers.create_tracker_legacy` returning the raw response: `POST /v1/manage/tracker`."""
        from ..api.trackers import create_tracker_legacy as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def get_tracker_legacy(
        self,
        tracker_id: str,
    ) -> Response[Error | TrackerEnvelope]:
        """`trackers.get_tracker_legacy` returning the raw response: `GET /v1/manage/tracker/{trackerId}`."""
        from ..api.trackers import get_tracker_legacy as operation

        request = operation._get_kwargs(
            tracker_id=tracker_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def update_tracker_legacy(
        self,
        tracker_id: str,
        *,
        body: LegacyTrackerUpdate,
    ) -> Response[Error | TrackerEnvelope]:
        """`trackers.update_tracker_legacy` returning the raw response: `PUT /v1/manage/tracker/{trackerId}`."""
        from ..api.trackers import update_tracker_legacy as operation

        request = operation._get_kwargs(
            tracker_id=tracker_id,
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def delete_tracker_legacy(
        self,
        tracker_id: str,
    ) -> Response[DeleteResult | Error]:
        """`trackers.delete_tracker_legacy` returning the raw response: `DELETE /v1/manage/tracker/{trackerId}`."""
        from ..api.trackers import delete_tracker_legacy as operation

        request = operation._get_kwargs(
            tracker_id=tracker_id,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))


class AsyncTrackersResource:
    """trackers operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncTrackersRawResource(runtime)

    async def list_trackers(
        self,
        *,
        name: str | Unset = UNSET,
    ) -> TrackerList:
        """List trackers

        Returns every tracker of the account in one response (no pagination), or only the
        tracker whose name matches `name` exactly (case-sensitive). One 2022 example shows a
        singular `tracker` wrapper here; the list wrapper `trackers` is used, as in the other
        examples and the Go SDK.

        `GET /v1/manage/trackers`
        """
        response = await self.with_raw_response.list_trackers(
            name=name,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerList", response.parsed)

    async def create_tracker(
        self,
        *,
        body: TrackerRequest,
    ) -> TrackerEnvelope:
        """Create a tracker

        Creates one account-wide tracker: a named set of phrases Symbl looks for (exactly and
        by meaning) in conversations. Names are unique per account and case-sensitive; a
        duplicate name answers `409`. An account holds up to 500 trackers; 5 to 50
        vocabulary terms are recommended, and terms may use only letters, digits, spaces and
        the punctuation `.` `'` `-`. Bodies over 1 MB answer `413`; the API allows one
        concurrent create or update per account (`429` otherwise).

        Symbl's 2022 documentation used this path for *bulk* creation with an array body;
        following the newer guide and Go SDK (project decision 3) it creates a single tracker
        and bulk creation moved to `POST /v1/manage/trackers/bulk`. The success status is not
        stated by Symbl: `201` is documented as primary and `200` with the same body is also
        accepted.

        `POST /v1/manage/trackers`
        """
        response = await self.with_raw_response.create_tracker(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    async def create_trackers_bulk(
        self,
        *,
        body: list[TrackerRequest],
    ) -> TrackerList:
        """Create several trackers

        Creates each tracker of the array separately and returns them all. Same rules as
        `createTracker` (unique case-sensitive names, 1 MB body, one concurrent request).
        The newer guide and Go SDK use this path; the 2022 documentation posted the array to
        `/v1/manage/trackers` instead (project decision 3). `201` is primary; `200` with the
        same body is also accepted.

        `POST /v1/manage/trackers/bulk`
        """
        response = await self.with_raw_response.create_trackers_bulk(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerList", response.parsed)

    async def get_tracker(
        self,
        tracker_id: str,
    ) -> TrackerEnvelope:
        """Get a tracker

        Returns one tracker by id.

        `GET /v1/manage/trackers/{trackerId}`
        """
        response = await self.with_raw_response.get_tracker(
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    async def delete_tracker(
        self,
        tracker_id: str,
    ) -> DeleteResult:
        """Delete a tracker

        Deletes a tracker. The Go SDK ignores the body; the 2022 documentation shows
        `{id, type: tracker, deleted: true}`, which is described.

        `DELETE /v1/manage/trackers/{trackerId}`
        """
        response = await self.with_raw_response.delete_tracker(
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)

    async def update_tracker(
        self,
        tracker_id: str,
        *,
        body: list[TrackerPatchOperation],
    ) -> TrackerEnvelope:
        """Update a tracker

        Changes a tracker with a JSON-Patch (RFC 6902) array. Each operation is `add`,
        `replace` or `remove` on one of `/name`, `/description`, `/categories`, `/languages`,
        `/vocabulary`, `/excludeVocabulary`. Symbl's newer guide and Go SDK send the array as
        `application/json` (not `application/json-patch+json`), so that is the media type
        described. Renaming to an existing name answers `409`; the 1 MB and one-concurrent
        request limits of `createTracker` apply. This replaces the 2022 `PUT
        /v1/manage/tracker/{trackerId}` (project decision 3).

        `PATCH /v1/manage/trackers/{trackerId}`
        """
        response = await self.with_raw_response.update_tracker(
            body=body,
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    async def create_tracker_legacy(
        self,
        *,
        body: TrackerRequest,
    ) -> TrackerEnvelope:
        """Create a tracker (2022 path) (deprecated)

        Deprecated: use `createTracker` (`POST /v1/manage/trackers`). The 2022 singular path
        kept for existing callers (project decision 3); it knew only `name` and `vocabulary`.
        Same rules and errors as `createTracker`.

        `POST /v1/manage/tracker`
        """
        response = await self.with_raw_response.create_tracker_legacy(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    async def get_tracker_legacy(
        self,
        tracker_id: str,
    ) -> TrackerEnvelope:
        """Get a tracker (2022 path) (deprecated)

        Deprecated; use `getTracker` (`GET /v1/manage/trackers/{trackerId}`). Same response.

        `GET /v1/manage/tracker/{trackerId}`
        """
        response = await self.with_raw_response.get_tracker_legacy(
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    async def update_tracker_legacy(
        self,
        tracker_id: str,
        *,
        body: LegacyTrackerUpdate,
    ) -> TrackerEnvelope:
        """Update a tracker (2022 path) (deprecated)

        Deprecated; use `updateTracker` (`PATCH /v1/manage/trackers/{trackerId}` with
        JSON-Patch). Sends the tracker's `name` and `vocabulary`. The 2022 text calls this an
        update while its example response shows the old and new vocabulary merged, so the
        result may be a union of the terms rather than a replacement; `updateTracker` states
        the intent explicitly.

        `PUT /v1/manage/tracker/{trackerId}`
        """
        response = await self.with_raw_response.update_tracker_legacy(
            body=body,
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("TrackerEnvelope", response.parsed)

    async def delete_tracker_legacy(
        self,
        tracker_id: str,
    ) -> DeleteResult:
        """Delete a tracker (2022 path) (deprecated)

        Deprecated; use `deleteTracker` (`DELETE /v1/manage/trackers/{trackerId}`). Same response.

        `DELETE /v1/manage/tracker/{trackerId}`
        """
        response = await self.with_raw_response.delete_tracker_legacy(
            tracker_id=tracker_id,
        )
        self._runtime.raise_for_status(response)
        return cast("DeleteResult", response.parsed)
