# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from typing import Annotated

import msgspec

from ..types import UNSET, Model, Unset, check_unique


class TrackerRequest(Model):
    """A tracker to create. The Go SDK also insists on `categories`, `languages` and
    `vocabulary`; Symbl's documentation requires only `name`. Symbl documents no
    maximum name length, so none is set. Vocabulary terms must be distinct.

    """

    name: Annotated[str, msgspec.Meta(min_length=1)]
    """ Unique, case-sensitive name of the tracker. """

    description: str | Unset = UNSET
    """ What the tracker is for. """

    categories: list[str] | Unset = UNSET
    """ Free-form labels to organise trackers. """

    languages: Annotated[list[str], msgspec.Meta(min_length=1)] | Unset = UNSET
    """ Languages the vocabulary is written in (BCP-47). Defaults to `en-US`. """

    vocabulary: Annotated[list[str], msgspec.Meta(min_length=1)] | Unset = UNSET
    """ Phrases and keywords to detect (5 to 50 recommended); no duplicates. """

    exclude_vocabulary: list[str] | Unset = msgspec.field(default=UNSET, name="excludeVocabulary")
    """ Phrases that must not count as a match; no duplicates. """

    def __post_init__(self) -> None:
        check_unique("vocabulary", self.vocabulary)
        check_unique("excludeVocabulary", self.exclude_vocabulary)
