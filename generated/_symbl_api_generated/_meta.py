# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""What this package was generated from."""

__version__ = "2.0.0"
SPEC_TITLE = "Symbl.ai REST API"
SPEC_VERSION = "2.0.0"
SPEC_SHA256 = "a54e7c087caa97984e3eb3cd7180370944354de18901a978cd42ac94d709bf38"
GENERATOR = "openapi-python-client 0.29.1, ruff 0.17.5, templates b9bfff2dedfc"
