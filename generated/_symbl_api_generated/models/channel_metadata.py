# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import Model


class ChannelMetadata(Model):
    """The speaker on one channel of a multi-channel recording.

    Example:
        {'channel': 1, 'speaker': {'name': 'Robert Bartheon', 'email': 'robertbartheon@example.com'}}

    """

    channel: Annotated[int, msgspec.Meta(ge=1)]
    """ Channel number, starting at 1. """

    speaker: ChannelSpeaker
    """ The person speaking on a channel. """


from ..models.channel_speaker import ChannelSpeaker
