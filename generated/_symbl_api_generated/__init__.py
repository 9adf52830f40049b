# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""A client library for accessing Symbl.ai REST API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
