# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""What this package was generated from."""

__version__ = "2.0.0"
SPEC_TITLE = "Symbl.ai REST API"
SPEC_VERSION = "2.0.0"
SPEC_SHA256 = "8464e83d08219b985552f51e8435f119c9ad6bf158dd7d4fd6548b26fbf94bff"
GENERATOR = "openapi-python-client 0.29.1, ruff 0.17.5, templates ad8cc01b5be0"
