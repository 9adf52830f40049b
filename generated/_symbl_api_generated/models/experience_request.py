# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..models.experience_name import ExperienceName
from ..types import UNSET, Model, Unset


class ExperienceRequest(Model):
    """Which page to build and how to brand it. `videoUrl` is needed for `video-summary`
    and `audioUrl` for `audio-summary` (stated in words; not enforced by the schema).

        Example:
            {'name': 'verbose-text-summary', 'logo': 'https://symblsanitydata.s3.us-east-2.amazonaws.com/symbl-logo.png',
                'color': {'background': '#0A2136'}, 'readOnly': False}

    """

    name: ExperienceName
    """ Which pre-built page: `verbose-text-summary` (text Summary UI), `video-summary`
    (Video Summary UI) or `audio-summary` (Trackers and Analytics UI).
     """

    video_url: str | Unset = msgspec.field(default=UNSET, name="videoUrl")
    """ Public URL of the video, for `video-summary`. """

    audio_url: str | Unset = msgspec.field(default=UNSET, name="audioUrl")
    """ URL of the audio as submitted to the Async API, for `audio-summary`. """

    logo: str | Unset = UNSET
    """ Public URL of a custom logo. """

    favicon: str | Unset = UNSET
    """ Public URL of a custom favicon. """

    color: ExperienceColor | Unset = UNSET
    """ Colours of the page elements. """

    font: ExperienceFont | Unset = UNSET
    """ Font of the whole page. """

    summary_url_expires_in: Annotated[float, msgspec.Meta(ge=0)] | Unset = msgspec.field(
        default=2592000.0, name="summaryURLExpiresIn"
    )
    """ Lifetime of the returned URL in seconds; 0 means it never expires. Default 30 days. """

    read_only: bool | Unset = msgspec.field(default=False, name="readOnly")
    """ Generate a non-editable page. Does not affect URLs generated earlier. """

    enable_custom_domain: bool | Unset = msgspec.field(default=UNSET, name="enableCustomDomain")
    """ Generate a URL on the account's custom domain (not available for `audio-summary`). """


from ..models.experience_color import ExperienceColor
from ..models.experience_font import ExperienceFont
