"""Access tokens: issued by the token endpoint, checked on every secured operation.

A token is a JWT-shaped string (HS256 over a per-instance secret). It is accepted as
`Authorization: Bearer <token>` or in the legacy `x-api-key` header, and refused (401) when
missing, unknown, revoked or past its `expiresIn`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Mapping

from ._errors import ApiError
from ._settings import MockSettings
from ._storage import State, TokenRecord

UNAUTHORIZED = "Unauthorized. Please generate a new access token."


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class TokenIssuer:
    def __init__(self, settings: MockSettings) -> None:
        self.settings = settings
        self._secret = secrets.token_bytes(32)
        self._accounts = settings.accounts()
        self._app_of: dict[str, str] = {}

    def credentials_match(self, app_id: object, app_secret: object) -> bool:
        expected = self._accounts.get(app_id) if isinstance(app_id, str) else None
        return (
            expected is not None
            and isinstance(app_secret, str)
            and hmac.compare_digest(app_secret.encode(), expected.encode())
        )

    def app_of(self, token: str) -> str | None:
        """The app a token was issued to (None for a token this mock never issued)."""
        return self._app_of.get(token)

    def issue(self, state: State, now: float, app_id: str, *, reuse: bool = True) -> TokenRecord:
        """A token for the account; like Symbl, a still-valid token is returned again while it lasts."""
        if reuse:
            valid = [t for t in state.tokens.values() if not t.revoked and t.expires_at - now >= 1]
            if valid:
                return max(valid, key=lambda t: t.issued_at)
        lifetime = self.settings.token_seconds
        payload = {
            "sub": app_id,
            "iat": int(now),
            "exp": int(now + lifetime),
            "jti": state.uuid(),
            "iss": "symbl-mock",
        }
        head = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        body = _b64(json.dumps(payload, separators=(",", ":")).encode())
        signature = _b64(hmac.new(self._secret, f"{head}.{body}".encode(), hashlib.sha256).digest())
        record = TokenRecord(
            token=f"{head}.{body}.{signature}",
            app_id=app_id,
            issued_at=now,
            expires_at=now + lifetime,
            refresh_token=_b64(secrets.token_bytes(24)),
        )
        state.tokens[record.token] = record
        self._app_of[record.token] = app_id
        state.refresh_tokens[record.refresh_token] = record.token
        return record

    def revoke_all(self, state: State) -> int:
        count = 0
        for record in state.tokens.values():
            if not record.revoked:
                record.revoked = True
                count += 1
        state.refresh_tokens.clear()
        return count

    @staticmethod
    def presented_tokens(headers: Mapping[str, str]) -> list[str] | None:
        """Tokens the request carries (Bearer, then x-api-key); None when it carries no credentials."""
        found: list[str] = []
        authorization = headers.get("authorization")
        if authorization is not None:
            scheme, _, value = authorization.strip().partition(" ")
            found.append(value.strip() if scheme.lower() == "bearer" else "")
        api_key = headers.get("x-api-key")
        if api_key is not None:
            found.append(api_key.strip())
        return found or None

    def authenticate(self, state: State, headers: Mapping[str, str], now: float) -> TokenRecord:
        tokens = self.presented_tokens(headers)
        if tokens is None:
            raise ApiError(
                401, f"{UNAUTHORIZED} (no access token: send 'Authorization: Bearer <token>' or 'x-api-key')"
            )
        problem = "the access token is not one this server issued"
        for token in tokens:
            record = state.tokens.get(token) if token else None
            if record is None:
                continue
            if record.revoked:
                problem = "the access token was revoked"
            elif now >= record.expires_at:
                problem = "the access token expired"
            else:
                return record
        raise ApiError(401, f"{UNAUTHORIZED} ({problem})")
