# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class ConversationList(Model):
    """One page of conversations."""

    conversations: list[Conversation]


from ..models.conversation import Conversation
