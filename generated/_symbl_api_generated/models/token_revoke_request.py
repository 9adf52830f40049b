# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model


class TokenRevokeRequest(Model):
    app_id: Annotated[str, msgspec.Meta(min_length=1)] = msgspec.field(name="appId")

    app_secret: Annotated[str, msgspec.Meta(min_length=1)] = msgspec.field(name="appSecret")

    def __repr__(self) -> str:
        hidden = ["app_secret"]
        fields = (name for name in self.__struct_fields__ if getattr(self, name) is not UNSET)
        shown = (f"{name}={'<redacted>' if name in hidden else repr(getattr(self, name))}" for name in fields)
        return f"{type(self).__name__}({', '.join(shown)})"
