# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""`client.settings.<operation>(...)`, sync and async, from the spec.

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
    from ..models.error import Error
    from ..models.json_patch_operation import JsonPatchOperation
    from ..models.settings_envelope import SettingsEnvelope

_ = (datetime, Any, os, IO, File, UNSET, Unset, cast)  # used by some signatures only


class SettingsRawResource:
    """`settings` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def get_settings(
        self,
    ) -> Response[Error | SettingsEnvelope]:
        """`settings.get_settings` returning the raw response: `GET /v1/manage/settings`."""
        from ..api.settings import get_settings as operation

        request = operation._get_kwargs()
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def update_settings(
        self,
        *,
        body: list[JsonPatchOperation],
    ) -> Response[Error | SettingsEnvelope]:
        """`settings.update_settings` returning the raw response: `PATCH /v1/manage/settings`."""
        from ..api.settings import update_settings as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))


class SettingsResource:
    """settings operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = SettingsRawResource(runtime)

    def get_settings(
        self,
    ) -> SettingsEnvelope:
        """Get the account settings

        Returns the account's settings. Only settings that were configured are present;
        Symbl says the body is empty when none were, so `settings` itself is optional.

        `GET /v1/manage/settings`
        """
        response = self.with_raw_response.get_settings()
        self._runtime.raise_for_status(response)
        return cast("SettingsEnvelope", response.parsed)

    def update_settings(
        self,
        *,
        body: list[JsonPatchOperation],
    ) -> SettingsEnvelope:
        """Update the account settings

        Changes settings with a JSON-Patch (RFC 6902) array sent as `application/json`, as in
        Symbl's guide. Use `add` the first time a setting is configured and `replace`
        afterwards; for example path `/redaction` for redaction or
        `/intelligence/bookmarks/duration` for the default bookmark length. Returns all the
        settings after the change.

        `PATCH /v1/manage/settings`
        """
        response = self.with_raw_response.update_settings(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("SettingsEnvelope", response.parsed)


class AsyncSettingsRawResource:
    """`settings` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get_settings(
        self,
    ) -> Response[Error | SettingsEnvelope]:
        """`settings.get_settings` returning the raw response: `GET /v1/manage/settings`."""
        from ..api.settings import get_settings as operation

        request = operation._get_kwargs()
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def update_settings(
        self,
        *,
        body: list[JsonPatchOperation],
    ) -> Response[Error | SettingsEnvelope]:
        """`settings.update_settings` returning the raw response: `PATCH /v1/manage/settings`."""
        from ..api.settings import update_settings as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))


class AsyncSettingsResource:
    """settings operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncSettingsRawResource(runtime)

    async def get_settings(
        self,
    ) -> SettingsEnvelope:
        """Get the account settings

        Returns the account's settings. Only settings that were configured are present;
        Symbl says the body is empty when none were, so `settings` itself is optional.

        `GET /v1/manage/settings`
        """
        response = await self.with_raw_response.get_settings()
        self._runtime.raise_for_status(response)
        return cast("SettingsEnvelope", response.parsed)

    async def update_settings(
        self,
        *,
        body: list[JsonPatchOperation],
    ) -> SettingsEnvelope:
        """Update the account settings

        Changes settings with a JSON-Patch (RFC 6902) array sent as `application/json`, as in
        Symbl's guide. Use `add` the first time a setting is configured and `replace`
        afterwards; for example path `/redaction` for redaction or
        `/intelligence/bookmarks/duration` for the default bookmark length. Returns all the
        settings after the change.

        `PATCH /v1/manage/settings`
        """
        response = await self.with_raw_response.update_settings(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("SettingsEnvelope", response.parsed)
