"""Every model of the spec (request bodies, responses, enums), as `symbl_api.models.X`."""

from _symbl_api_generated.models import *  # noqa: F403  (the generated package defines __all__)
from _symbl_api_generated.models import __all__ as __all__
