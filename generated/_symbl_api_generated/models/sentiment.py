# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..models.sentiment_suggested import SentimentSuggested
from ..types import Model


class Sentiment(Model):
    """Sentiment of a message or topic (en-US only).

    Example:
        {'polarity': {'score': 0.6}, 'suggested': 'positive'}

    """

    polarity: Polarity

    suggested: SentimentSuggested


from ..models.polarity import Polarity
