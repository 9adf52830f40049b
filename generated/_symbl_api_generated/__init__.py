# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""The generated half of the Symbl API client; the public package is `symbl_api`."""

from .client import Client

__all__ = ("Client",)
