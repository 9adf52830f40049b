# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
"""Contains endpoint functions for accessing the API"""
