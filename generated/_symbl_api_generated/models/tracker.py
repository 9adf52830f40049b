# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import datetime

import msgspec

from ..types import UNSET, Model, Unset


class Tracker(Model):
    """An account-wide tracker. Trackers created through the 2022 API carry only `id`,
    `name` and `vocabulary`.

    """

    id: str
    """ Tracker id (a numeric string). """

    name: str

    vocabulary: list[str]

    description: str | Unset = UNSET

    categories: list[str] | Unset = UNSET

    languages: list[str] | Unset = UNSET

    exclude_vocabulary: list[str] | Unset = msgspec.field(default=UNSET, name="excludeVocabulary")

    created_on: datetime.datetime | Unset = msgspec.field(default=UNSET, name="createdOn")
    """ ISO 8601 date-time in UTC. """

    updated_on: datetime.datetime | Unset = msgspec.field(default=UNSET, name="updatedOn")
    """ ISO 8601 date-time in UTC. """
