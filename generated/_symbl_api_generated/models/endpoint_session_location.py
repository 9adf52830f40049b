# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import UNSET, Model, Unset


class EndpointSessionLocation(Model):
    """Where the meeting takes place (Symbl's generated client only)."""

    time_zone: EndpointTimeZone | Unset = msgspec.field(default=UNSET, name="timeZone")
    """ Time zone of the meeting. """


from ..models.endpoint_time_zone import EndpointTimeZone
