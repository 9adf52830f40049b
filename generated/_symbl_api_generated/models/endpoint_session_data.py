# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import UNSET, Model, Unset


class EndpointSessionData(Model):
    """Information about the meeting being joined."""

    session: EndpointSession | Unset = UNSET
    """ The meeting. `name` is documented; `id`, `type`, `users` and `location` appear only in
    Symbl's generated client.
     """


from ..models.endpoint_session import EndpointSession
