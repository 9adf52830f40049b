# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""What this package was generated from."""

__version__ = "2.0.0"
SPEC_TITLE = "Symbl.ai REST API"
SPEC_VERSION = "2.0.0"
SPEC_SHA256 = "7a56c3dce049e7e70d8d24dff9f1df47fab521cc5979fa2f057ee3f6ec7db86b"
GENERATOR = "openapi-python-client 0.29.1, ruff 0.17.5, templates 15256edc9174"
