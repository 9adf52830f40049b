# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class UpdateConversationRequest(Model):
    """The new metadata; only `metadata` can be changed."""

    metadata: ConversationMetadata
    """ Caller-defined metadata on a conversation; string keys to string values of at most 128 characters. """


from ..models.conversation_metadata import ConversationMetadata
