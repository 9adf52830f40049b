# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from enum import StrEnum


class EndpointIntentIntent(StrEnum):
    ANSWERING_MACHINE = "answering_machine"
    DO_NOT_CALL = "do_not_call"
    INTERESTED = "interested"
    NOT_INTERESTED = "not_interested"

    def __str__(self) -> str:
        return str(self.value)
