# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset


class ExperienceColor(Model):
    """Colours of the page elements."""

    background: Annotated[str, msgspec.Meta(pattern="^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$")] | Unset = UNSET
    """ A colour as a hex code, `#RGB` or `#RRGGBB`. """

    topics_filter: Annotated[str, msgspec.Meta(pattern="^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$")] | Unset = msgspec.field(
        default=UNSET, name="topicsFilter"
    )
    """ A colour as a hex code, `#RGB` or `#RRGGBB`. """

    insights_filter: Annotated[str, msgspec.Meta(pattern="^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$")] | Unset = msgspec.field(
        default=UNSET, name="insightsFilter"
    )
    """ A colour as a hex code, `#RGB` or `#RRGGBB`. """
