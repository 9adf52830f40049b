# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import UNSET, Model, Unset


class EndpointSession(Model):
    """The meeting. `name` is documented; `id`, `type`, `users` and `location` appear only in
    Symbl's generated client.

    """

    name: str | Unset = UNSET
    """ Meeting name, shown in the summary UI and email. """

    id: str | Unset = UNSET
    """ The caller's own id for the meeting. """

    type_: str | Unset = msgspec.field(default=UNSET, name="type")
    """ Kind of session. """

    users: list[Person] | Unset = UNSET
    """ Known participants. """

    location: EndpointSessionLocation | Unset = UNSET
    """ Where the meeting takes place (Symbl's generated client only). """


from ..models.endpoint_session_location import EndpointSessionLocation
from ..models.person import Person
