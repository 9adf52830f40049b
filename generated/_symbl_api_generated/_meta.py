# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""What this package was generated from."""

__version__ = "1.0.0"
SPEC_TITLE = "Symbl.ai REST API"
SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "bfcaa289c98ffb2c1ada746c4304196a648c82513ff5b8dbe23a3573689e2a21"
GENERATOR = "openapi-python-client 0.29.1, ruff 0.17.5, templates dbbc7967aac5"
