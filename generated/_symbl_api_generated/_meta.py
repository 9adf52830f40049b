# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""What this package was generated from."""

__version__ = "2.0.0"
SPEC_TITLE = "Symbl.ai REST API"
SPEC_VERSION = "2.0.0"
SPEC_SHA256 = "97002b75a3f4cf7534d8bbcc85f20269a9b485ed2857763ec21f4785217b2eb0"
GENERATOR = "openapi-python-client 0.29.1, ruff 0.17.5, templates 15256edc9174"
