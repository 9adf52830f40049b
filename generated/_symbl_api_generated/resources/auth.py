# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""`client.auth.<operation>(...)`, sync and async, from the spec.

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
    from ..models.status_message import StatusMessage
    from ..models.token import Token
    from ..models.token_refresh_request import TokenRefreshRequest
    from ..models.token_request import TokenRequest
    from ..models.token_revoke_request import TokenRevokeRequest

_ = (datetime, Any, os, IO, File, UNSET, Unset, cast)  # used by some signatures only


class AuthRawResource:
    """`auth` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def generate_token(
        self,
        *,
        body: TokenRequest,
    ) -> Response[Error | Token]:
        """`auth.generate_token` returning the raw response: `POST /oauth2/token:generate`."""
        from ..api.auth import generate_token as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def refresh_token(
        self,
        *,
        body: TokenRefreshRequest,
    ) -> Response[Error | Token]:
        """`auth.refresh_token` returning the raw response: `POST /oauth2/token:refresh`."""
        from ..api.auth import refresh_token as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))

    def revoke_token(
        self,
        *,
        body: TokenRevokeRequest,
    ) -> Response[Error | StatusMessage]:
        """`auth.revoke_token` returning the raw response: `DELETE /oauth2/token:revoke`."""
        from ..api.auth import revoke_token as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(self._runtime.client.get_httpx_client().request(**request))


class AuthResource:
    """auth operations."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AuthRawResource(runtime)

    def generate_token(
        self,
        *,
        body: TokenRequest,
    ) -> Token:
        """Generate an access token

        Exchanges the application's `appId` and `appSecret` (from platform.symbl.ai) for a JWT
        access token, valid for `expiresIn` seconds (86400 by default). While a token is still
        valid Symbl may return the same token with its remaining lifetime. The `password`
        grant appears only in Symbl's generated client.

        `POST /oauth2/token:generate`
        """
        response = self.with_raw_response.generate_token(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("Token", response.parsed)

    def refresh_token(
        self,
        *,
        body: TokenRefreshRequest,
    ) -> Token:
        """Refresh an access token

        Exchanges a refresh token for a new access token. Seen only in Symbl's generated
        client (`symbl_rest`); not in the prose documentation. Generating a new token with
        `generateToken` is the documented way to renew.

        `POST /oauth2/token:refresh`
        """
        response = self.with_raw_response.refresh_token(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("Token", response.parsed)

    def revoke_token(
        self,
        *,
        body: TokenRevokeRequest,
    ) -> StatusMessage:
        """Revoke the application's tokens

        Revokes the tokens issued to an application. Seen only in Symbl's generated client
        (`symbl_rest`); not in the prose documentation.

        `DELETE /oauth2/token:revoke`
        """
        response = self.with_raw_response.revoke_token(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)


class AsyncAuthRawResource:
    """`auth` operations returning the raw response (status, headers, parsed body) without raising."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def generate_token(
        self,
        *,
        body: TokenRequest,
    ) -> Response[Error | Token]:
        """`auth.generate_token` returning the raw response: `POST /oauth2/token:generate`."""
        from ..api.auth import generate_token as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def refresh_token(
        self,
        *,
        body: TokenRefreshRequest,
    ) -> Response[Error | Token]:
        """`auth.refresh_token` returning the raw response: `POST /oauth2/token:refresh`."""
        from ..api.auth import refresh_token as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))

    async def revoke_token(
        self,
        *,
        body: TokenRevokeRequest,
    ) -> Response[Error | StatusMessage]:
        """`auth.revoke_token` returning the raw response: `DELETE /oauth2/token:revoke`."""
        from ..api.auth import revoke_token as operation

        request = operation._get_kwargs(
            body=body,
        )
        return operation._build_response(await self._runtime.client.get_async_httpx_client().request(**request))


class AsyncAuthResource:
    """auth operations."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncAuthRawResource(runtime)

    async def generate_token(
        self,
        *,
        body: TokenRequest,
    ) -> Token:
        """Generate an access token

        Exchanges the application's `appId` and `appSecret` (from platform.symbl.ai) for a JWT
        access token, valid for `expiresIn` seconds (86400 by default). While a token is still
        valid Symbl may return the same token with its remaining lifetime. The `password`
        grant appears only in Symbl's generated client.

        `POST /oauth2/token:generate`
        """
        response = await self.with_raw_response.generate_token(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("Token", response.parsed)

    async def refresh_token(
        self,
        *,
        body: TokenRefreshRequest,
    ) -> Token:
        """Refresh an access token

        Exchanges a refresh token for a new access token. Seen only in Symbl's generated
        client (`symbl_rest`); not in the prose documentation. Generating a new token with
        `generateToken` is the documented way to renew.

        `POST /oauth2/token:refresh`
        """
        response = await self.with_raw_response.refresh_token(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("Token", response.parsed)

    async def revoke_token(
        self,
        *,
        body: TokenRevokeRequest,
    ) -> StatusMessage:
        """Revoke the application's tokens

        Revokes the tokens issued to an application. Seen only in Symbl's generated client
        (`symbl_rest`); not in the prose documentation.

        `DELETE /oauth2/token:revoke`
        """
        response = await self.with_raw_response.revoke_token(
            body=body,
        )
        self._runtime.raise_for_status(response)
        return cast("StatusMessage", response.parsed)
