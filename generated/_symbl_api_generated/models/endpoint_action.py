# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
from __future__ import annotations

import msgspec

from ..models.endpoint_action_invoke_on import EndpointActionInvokeOn
from ..models.endpoint_action_name import EndpointActionName
from ..types import Model


class EndpointAction(Model):
    """An action run when the connection starts or stops."""

    invoke_on: EndpointActionInvokeOn = msgspec.field(name="invokeOn")
    """ When to run the action. """

    name: EndpointActionName
    """ The action; only `sendSummaryEmail` is supported. """

    parameters: EndpointActionParameters
    """ Inputs of the action. """


from ..models.endpoint_action_parameters import EndpointActionParameters
