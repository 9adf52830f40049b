"""A check schemathesis lacks here: an id a create just returned names a resource that exists.

schemathesis's own `ensure_resource_availability` never fires on this API: it only trusts a
follow-up whose every parameter came from the link, and it counts the bearer `Authorization`
header among those parameters. This check asks the same question without that condition, and
also for links whose target is not below the create's path (`POST /v1/process/text` ->
`GET /v1/job/{jobId}`): after a successful POST, a request that followed a link to a URL
ending in the returned id (every other id in it taken from the create's request) must not answer
404 unless the resource was deleted meanwhile.
"""

from __future__ import annotations

import json
import re
from typing import Any

import schemathesis
from schemathesis.specs.openapi.checks import resource_was_deleted

ID = re.compile(r"\{([^}]+)\}$")


def _deleted_under_another_path(recorder: Any, case: Any) -> bool:
    """A successful DELETE of the same id through another route (`/manage/tracker/{id}` for `/manage/trackers/{id}`)."""
    name = ID.search(case.operation.path.rstrip("/"))
    value = (case.path_parameters or {}).get(name.group(1)) if name else None
    for prior in recorder.find_all_cases():
        if prior.id == case.id or prior.operation.method.upper() != "DELETE":
            continue
        answer = recorder.find_response(case_id=prior.id)
        if answer is not None and 200 <= answer.status_code < 300 and value in (prior.path_parameters or {}).values():
            return True
    return False


@schemathesis.check
def created_resource_is_available(ctx: Any, response: Any, case: Any) -> bool | None:
    if response.status_code != 404 or not case.operation.path.rstrip("/").endswith("}"):
        return None
    internals = getattr(ctx, "internals", None)
    if internals is None:
        return None
    parent = internals.find_parent(case_id=case.id)
    if parent is None or parent.operation.method.upper() != "POST":
        return None
    parent_response = internals.find_response(case_id=parent.id)
    if parent_response is None or not 200 <= parent_response.status_code < 300:
        return None
    known = {str(v) for v in (parent.path_parameters or {}).values()}
    for value in (case.path_parameters or {}).values():
        if str(value) not in known and json.dumps(str(value)).encode() not in parent_response.content:
            return None  # a generated id, not one the create was given or returned
    recorder = internals.recorder
    if recorder is not None and (
        resource_was_deleted(recorder, case, created_by=parent.id) or _deleted_under_another_path(recorder, case)
    ):
        return None
    raise AssertionError(
        f"{case.operation.label} answered 404 for the id that {parent.operation.label} had just returned "
        f"({parent_response.status_code}): the create's link leads to nothing"
    )
