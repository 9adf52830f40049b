# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..types import UNSET, Model, Unset


class Error(Model):
    """The body of every documented 4xx and 5xx response.

    Example:
        {'message': 'Unauthorized. Please generate a new access token.'}

    """

    message: str
    """ What went wrong, in words. """

    status_code: int | Unset = msgspec.field(default=UNSET, name="statusCode")
    """ The HTTP status, repeated in the body by some endpoints. """
