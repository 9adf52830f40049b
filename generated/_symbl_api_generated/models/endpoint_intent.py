# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..models.endpoint_intent_intent import EndpointIntentIntent
from ..types import UNSET, Model, Unset


class EndpointIntent(Model):
    """A call-outcome intent to detect (Symbl's generated client only)."""

    intent: EndpointIntentIntent

    silence_timeout: Annotated[int, msgspec.Meta(ge=0)] | Unset = msgspec.field(default=UNSET, name="silenceTimeout")
    """ Seconds of silence after which the intent is evaluated. """
