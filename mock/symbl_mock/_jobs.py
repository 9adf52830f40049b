"""Processing jobs: scheduled -> in_progress -> completed | failed, computed from timestamps.

Jobs of one conversation run one after another in submission order: a job starts when the
previous job of its conversation ends, and takes `job_seconds`. Status is derived lazily from
the clock, so an injected clock drives it. A job fails when its input carries the documented
trigger (see `failure_trigger`).
"""

from __future__ import annotations

import math
import re

from ._errors import ApiError
from ._settings import MockSettings
from ._storage import Conversation, Job, JobStatusNames, State

FAIL_MARKER = "FAIL_JOB"
_URL_FAIL = re.compile(r"fail", re.IGNORECASE)


def failure_trigger(*, text: str | None = None, url: str | None = None, found: bool = False) -> str | None:
    """Why a job will fail, or None.

    Documented triggers: a text message containing `FAIL_JOB`, a media URL containing `fail`
    (any case), or an uploaded file whose bytes contain `FAIL_JOB` (`found`, detected while
    the upload streams in).
    """
    if text is not None and FAIL_MARKER in text:
        return f"a message contains {FAIL_MARKER}"
    if url is not None and _URL_FAIL.search(url):
        return "the media URL contains 'fail'"
    if found:
        return f"the uploaded file contains {FAIL_MARKER}"
    return None


def prune_pending(state: State, now: float) -> None:
    for job_id in list(state.pending_jobs):
        job = state.jobs.get(job_id)
        if job is None or now >= job.end_at:
            state.pending_jobs.discard(job_id)


def check_capacity(state: State, settings: MockSettings, now: float) -> None:
    """429 like Symbl when the account already runs `max_jobs` unfinished jobs."""
    prune_pending(state, now)
    if len(state.pending_jobs) < settings.max_jobs:
        return
    soonest = min(state.jobs[j].end_at for j in state.pending_jobs)
    retry_after = max(1, math.ceil(soonest - now))
    raise ApiError(
        429,
        f"This API has a limit of maximum of {settings.max_jobs} number of concurrent jobs per account. "
        "Maximum number of concurrent jobs reached. Please wait for some requests to complete.",
        headers={"Retry-After": str(retry_after)},
        status_in_body=True,
    )


def schedule(
    state: State,
    settings: MockSettings,
    conversation: Conversation,
    *,
    kind: str,
    now: float,
    fails: str | None,
    webhook_url: str | None,
    names: JobStatusNames,
) -> Job:
    previous_end = now
    if conversation.job_ids:
        last = state.jobs.get(conversation.job_ids[-1])
        if last is not None:
            previous_end = max(now, last.end_at)
    job = Job(
        id=state.uuid(),
        conversation_id=conversation.id,
        kind=kind,
        submitted_at=now,
        start_at=previous_end,
        end_at=previous_end + settings.job_seconds,
        fails=fails is not None,
        failure_reason=fails,
        webhook_url=webhook_url,
        names=names,
    )
    state.jobs[job.id] = job
    conversation.job_ids.append(job.id)
    if job.end_at > now:
        state.pending_jobs.add(job.id)
    return job


def conversation_busy(state: State, conversation: Conversation, now: float) -> bool:
    """Whether a job of the conversation has not finished yet."""
    return any((job := state.jobs.get(job_id)) is not None and now < job.end_at for job_id in conversation.job_ids)


def completed_job_ids(state: State, conversation: Conversation, now: float) -> set[str]:
    done: set[str] = set()
    for job_id in conversation.job_ids:
        job = state.jobs.get(job_id)
        if job is not None and job.succeeded(now):
            done.add(job_id)
    return done
