# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

ConversationMetadata = dict[str, str]
""" Caller-defined metadata on a conversation; string keys to string values of at most 128 characters.

    Example:
        {'agentId': 'johndoe', 'customerId': '88338833'}

 """
