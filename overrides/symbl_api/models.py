"""Every model of the spec (request bodies, responses, enums), as `symbl_api.models.X`.

Imported on first use, like the generated package's own models.
"""

from typing import TYPE_CHECKING, Any

from _symbl_api_generated import models as _generated

if TYPE_CHECKING:
    from _symbl_api_generated.models import *  # noqa: F403

__all__ = _generated.__all__


def __getattr__(name: str) -> Any:
    return getattr(_generated, name)


def __dir__() -> list[str]:
    return sorted(__all__)
