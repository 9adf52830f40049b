# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

RedactionSettingsCustom = dict[str, str]
""" Replacement text per entity type (for example `SSN` to `Social Security Number`),
used when `type` is `custom`. Symbl's example also sets a `default` key
(`obfuscation`) in this map.

 """
