# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import UNSET, Model, Unset


class SettingsEnvelope(Model):
    """The account settings, wrapped. `settings` is absent (an empty body) when nothing has
    been configured.

    """

    settings: UserSettings | Unset = UNSET
    """ Account settings; only configured sections are present. """


from ..models.user_settings import UserSettings
