# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""What this package was generated from."""

__version__ = "2.0.0"
SPEC_TITLE = "Symbl.ai REST API"
SPEC_VERSION = "2.0.0"
SPEC_SHA256 = "2988bfde85a9a419c2400afcc6d16b771870f34992a7600756a604ecb2d43cb3"
GENERATOR = "openapi-python-client 0.29.1, ruff 0.17.5, templates 9513890af618"
