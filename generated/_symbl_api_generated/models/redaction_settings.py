# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..models.redaction_settings_type import RedactionSettingsType
from ..types import UNSET, Model, Unset


class RedactionSettings(Model):
    """How personal information is redacted in transcripts by default."""

    default: bool | Unset = UNSET
    """ Whether redaction applies to every conversation by default. """

    type_: RedactionSettingsType | Unset = msgspec.field(default=UNSET, name="type")
    """ `default` replaces a redacted entity with its type name (`[PERSON_NAME]`),
    `obfuscation` with asterisks, `custom` with the text given in `custom`.
     """

    exclude: list[str] | Unset = UNSET
    """ Entity types that are not redacted, in capitals (for example `PERSON_NAME`). """

    custom: RedactionSettingsCustom | Unset = UNSET
    """ Replacement text per entity type (for example `SSN` to `Social Security Number`),
    used when `type` is `custom`. Symbl's example also sets a `default` key
    (`obfuscation`) in this map.
     """


from ..models.redaction_settings_custom import RedactionSettingsCustom
