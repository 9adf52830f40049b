# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import Model


class UpdatedConversation(Model):
    """The conversation id and its metadata after an update."""

    id: Annotated[str, msgspec.Meta(pattern="^[0-9]{1,32}$")]
    """ Conversation id (a numeric string). """

    metadata: ConversationMetadata
    """ Caller-defined metadata on a conversation; string keys to string values of at most 128 characters. """


from ..models.conversation_metadata import ConversationMetadata
