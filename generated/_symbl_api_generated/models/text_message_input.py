# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import UNSET, Model, Unset


class TextMessageInput(Model):
    """One message of a text conversation.

    Example:
        {'payload': {'content': 'Hi Mike, Natalia here. Could you send me the pricing proposal by Friday?',
            'contentType': 'text/plain'}, 'from': {'name': 'Natalia', 'userId': 'natalia@example.com'}, 'duration':
            {'startTime': '2020-07-21T16:02:19.010Z', 'endTime': '2020-07-21T16:04:19.990Z'}}

    """

    payload: TextMessagePayload
    """ The text of a message. """

    from_: TextMessageSender | Unset = msgspec.field(default=UNSET, name="from")
    """ Who wrote or said the message. """

    duration: TextMessageDuration | Unset = UNSET
    """ When the message started and ended. Symbl computes it when it is omitted. """


from ..models.text_message_duration import TextMessageDuration
from ..models.text_message_payload import TextMessagePayload
from ..models.text_message_sender import TextMessageSender
