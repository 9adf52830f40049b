# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""What this package was generated from."""

__version__ = "2.0.0"
SPEC_TITLE = "Symbl.ai REST API"
SPEC_VERSION = "2.0.0"
SPEC_SHA256 = "c1f23c0299019377a4ff3cab0138fbe2b8d500061aa33cff7b1d9b97054b0068"
GENERATOR = "openapi-python-client 0.29.1, ruff 0.17.5, templates 15256edc9174"
