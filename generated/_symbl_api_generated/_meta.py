# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""What this package was generated from."""

__version__ = "2.0.0"
SPEC_TITLE = "Symbl.ai REST API"
SPEC_VERSION = "2.0.0"
SPEC_SHA256 = "68acda5fa80660ccc5815fa24d2adb7901028fdef2bdb7d5addeab7ca8d6de7a"
GENERATOR = "openapi-python-client 0.29.1, ruff 0.17.5, templates 13548785b2f2"
