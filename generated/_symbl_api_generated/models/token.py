# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class Token(Model):
    """An access token and its remaining lifetime."""

    access_token: str = msgspec.field(name="accessToken")
    """ JWT to send as `Authorization: Bearer <accessToken>`. """

    expires_in: Annotated[int, msgspec.Meta(ge=0)] = msgspec.field(name="expiresIn")
    """ Seconds until the token expires. """

    refresh_token: str | Unset = msgspec.field(default=UNSET, name="refreshToken")
    """ Seen only in Symbl's generated client (spelled `refershToken` there). """

    def __repr__(self) -> str:
        hidden = ["access_token", "refresh_token"]
        fields = (name for name in self.__struct_fields__ if getattr(self, name) is not UNSET)
        shown = (f"{name}={'<redacted>' if name in hidden else repr(getattr(self, name))}" for name in fields)
        return f"{type(self).__name__}({', '.join(shown)})"
