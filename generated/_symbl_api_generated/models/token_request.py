# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..models.token_request_type import TokenRequestType
from ..types import UNSET, Model, Unset


class TokenRequest(Model):
    """Credentials of a Symbl application. `type=password` with `username`/`password` appears
    only in Symbl's generated client; the documented flow is `type=application`.

    """

    app_id: Annotated[str, msgspec.Meta(min_length=1)] = msgspec.field(name="appId")

    app_secret: Annotated[str, msgspec.Meta(min_length=1)] = msgspec.field(name="appSecret")

    type_: TokenRequestType = msgspec.field(default=TokenRequestType.APPLICATION, name="type")

    username: Annotated[str, msgspec.Meta(min_length=1)] | Unset = UNSET

    password: Annotated[str, msgspec.Meta(min_length=1)] | Unset = UNSET

    def __repr__(self) -> str:
        hidden = ["app_secret", "password"]
        fields = (name for name in self.__struct_fields__ if getattr(self, name) is not UNSET)
        shown = (f"{name}={'<redacted>' if name in hidden else repr(getattr(self, name))}" for name in fields)
        return f"{type(self).__name__}({', '.join(shown)})"
