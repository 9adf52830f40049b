# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""What this package was generated from."""

__version__ = "2.0.0"
SPEC_TITLE = "Symbl.ai REST API"
SPEC_VERSION = "2.0.0"
SPEC_SHA256 = "ebfd1bddd5a93933d6c0e8fbf03619074fba04bd1baa3c336e8e5f8f2e1ce4a9"
GENERATOR = "openapi-python-client 0.29.1, ruff 0.17.5, templates 69f15c3f97a5"
