# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""What this package was generated from."""

__version__ = "2.0.0"
SPEC_TITLE = "Symbl.ai REST API"
SPEC_VERSION = "2.0.0"
SPEC_SHA256 = "101dbba166c3304e352d323af0cf3a18b335ede25288c7edc1eebc02e49fb660"
GENERATOR = "openapi-python-client 0.29.1, ruff 0.17.5, templates 13548785b2f2"
