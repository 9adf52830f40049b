# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

EndpointStartRequestHeaders = dict[str, str]
""" Extra headers for the call set-up, name to value (Symbl's generated client only).

 """
