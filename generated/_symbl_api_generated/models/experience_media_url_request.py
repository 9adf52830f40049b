# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class ExperienceMediaUrlRequest(Model):
    """The media the Insights UI plays for a conversation.

    Example:
        {'url': 'https://symbltestdata.s3.us-east-2.amazonaws.com/sample_video_file.mp4'}

    """

    url: str
    """ Public URL of the audio or video file. """
