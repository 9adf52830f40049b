# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""What this package was generated from."""

__version__ = "2.0.0"
SPEC_TITLE = "Symbl.ai REST API"
SPEC_VERSION = "2.0.0"
SPEC_SHA256 = "92523e46cb053c8fca57c376434732845b84d07813d43fba9533b8346e8b681f"
GENERATOR = "openapi-python-client 0.29.1, ruff 0.17.5, templates 69f15c3f97a5"
