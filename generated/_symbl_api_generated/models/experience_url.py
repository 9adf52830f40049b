# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class ExperienceUrl(Model):
    """URL of an Insights UI page.

    Example:
        {'url': 'https://meetinginsights-experience.symbl.ai/#/conversations/5815170693595136'}

    """

    url: str
    """ URL of the page. """
