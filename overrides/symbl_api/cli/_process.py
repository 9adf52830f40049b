"""`symbl process` submits one file or URL; `symbl job` waits for a job, e.g. after Ctrl-C."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import click
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .._client import Symbl
from .._errors import JobTimeoutError
from .._polling import JobPoller
from ._common import INCOMPLETE, Failure, client_options, err, make_client
from ._inputs import KINDS, Source, submission

FORMATS = click.Choice(["table", "json"])


def finish(client: Symbl, job_id: str, conversation_id: str, timeout: float | None, output: str) -> None:
    """Poll until the job is final, with a live line (status, elapsed) where a terminal is attached."""
    with Progress(
        SpinnerColumn(),
        TextColumn("job {task.fields[job]}: [bold]{task.description}"),
        TimeElapsedColumn(),
        console=err(),
        transient=True,
        disable=not err().is_terminal,
    ) as progress:
        task = progress.add_task("waiting", job=job_id)

        def on_status(status: str, job: Mapping[str, Any]) -> None:
            progress.update(task, description=status)
            if not err().is_terminal:
                err().print(f"job {job_id}: {status}")

        poller = client.job(job_id, conversation_id, on_status=on_status)
        try:
            job = poller.wait(timeout)
        except JobTimeoutError as error:
            raise Failure(
                f"job {job_id} is still {poller.status()}; resume with: symbl job {job_id} {conversation_id}",
                INCOMPLETE,
            ) from error
    if output == "json":
        click.echo(json.dumps({**job, "conversationId": conversation_id}))
        return
    err().print(f"job {job_id} {poller.status()}: conversation {conversation_id}")
    err().print(f"next: symbl conversations messages {conversation_id}")
    click.echo(conversation_id)


@click.command("process")
@click.argument("kind", type=click.Choice(KINDS))
@click.argument("file_or_url")
@click.option("--name", help="Conversation name (default: the file name).")
@click.option("--wait/--no-wait", default=False, help="Wait for the job to finish, showing its progress.")
@click.option("--timeout", type=float, default=None, help="With --wait: give up after this many seconds (exit 4).")
@click.option("--format", "output", type=FORMATS, default="table", show_default=True, help="Output on stdout.")
@client_options
def process(
    kind: str,
    file_or_url: str,
    name: str | None,
    wait: bool,
    timeout: float | None,
    output: str,
    base_url: str | None,
    environment: str | None,
) -> None:
    """Submit a transcript, recording or video (a path or an http(s) URL) for processing.

    The job and conversation ids are printed first (stderr), with the command that resumes
    waiting, so an interrupted wait loses nothing. A text FILE is one message per line
    (`Speaker: words`) or a .json submitText body.

    \b
    Examples:
      symbl process text meeting.txt --wait
      symbl process audio call.wav --wait --name "Pricing call"
      symbl process video https://example.com/demo.mp4 --format json
    """
    source = Source(kind, file_or_url)
    method, kwargs = submission(source, name or source.display_name)
    with make_client(base_url, environment) as client:
        poller: JobPoller = getattr(client.process, method)(**kwargs)
        err().print(f"submitted: job {poller.job_id}, conversation {poller.conversation_id}")
        err().print(f"resume with: symbl job {poller.job_id} {poller.conversation_id}")
        if wait:
            finish(client, poller.job_id, str(poller.conversation_id), timeout, output)
        elif output == "json":
            click.echo(json.dumps({"jobId": poller.job_id, "conversationId": poller.conversation_id}))
        else:
            click.echo(f"{poller.job_id} {poller.conversation_id}")


@click.command("job")
@click.argument("job_id")
@click.argument("conversation_id")
@click.option("--timeout", type=float, default=None, help="Give up after this many seconds (exit 4).")
@click.option("--format", "output", type=FORMATS, default="table", show_default=True, help="Output on stdout.")
@client_options
def job(
    job_id: str, conversation_id: str, timeout: float | None, output: str, base_url: str | None, environment: str | None
) -> None:
    """Wait for a job started earlier (by `symbl process` or anything else), with progress.

    \b
    Examples:
      symbl job 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d 5815170693595136
      symbl job JOB_ID CONVERSATION_ID --format json | jq .status
    """
    with make_client(base_url, environment) as client:
        finish(client, job_id, conversation_id, timeout, output)
