# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""What this package was generated from."""

__version__ = "1.0.0"
SPEC_TITLE = "Symbl.ai REST API"
SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "0d81401d599360a2d5e2a9a7a05c1e3880bc2f5e308e14f1357a20e5c60bf2fd"
GENERATOR = "openapi-python-client 0.29.1, ruff 0.17.5, templates ecf9b3e0fbd1"
