# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

from ..types import Model


class CustomEntityEnvelope(Model):
    """One custom entity, wrapped."""

    entity: CustomEntity
    """ An account-wide custom entity. """


from ..models.custom_entity import CustomEntity
