# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import Model


class TokenRefreshRequest(Model):
    app_id: Annotated[str, msgspec.Meta(min_length=1)] = msgspec.field(name="appId")

    app_secret: Annotated[str, msgspec.Meta(min_length=1)] = msgspec.field(name="appSecret")

    refresh_token: Annotated[str, msgspec.Meta(min_length=1)] = msgspec.field(name="refreshToken")
