# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""What this package was generated from."""

__version__ = "2.0.0"
SPEC_TITLE = "Symbl.ai REST API"
SPEC_VERSION = "2.0.0"
SPEC_SHA256 = "64d354f5753df9fdc711f618ad96bd78923ebb82830698a92331adb528e909d8"
GENERATOR = "openapi-python-client 0.29.1, ruff 0.17.5, templates 3e9741aa5470"
