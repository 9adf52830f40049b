# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..models.experience_name import ExperienceName
from ..types import Model


class Experience(Model):
    """A generated pre-built page.

    Example:
        {'name': 'verbose-text-summary', 'url':
            'https://meetinginsights.symbl.ai/meeting/#/eyJzZXNzaW9uSWQiOiI0NTMyNTY2NDc2NDU1OTM2In0='}

    """

    name: ExperienceName
    """ Which pre-built page: `verbose-text-summary` (text Summary UI), `video-summary`
    (Video Summary UI) or `audio-summary` (Trackers and Analytics UI).
     """

    url: str
    """ Shareable URL of the page. """
