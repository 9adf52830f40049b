"""`symbl batch`: process a folder or a list of files and URLs, resumably (see `_runner`)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
from rich.progress import Progress as Display

from .._client import AsyncSymbl
from ._common import INCOMPLETE, JOB_FAILED, Failure, client_options, err, make_async_client
from ._inputs import collect
from ._runner import BatchAborted, BatchRunner, Progress
from ._state import BatchState, StateBusyError


def _rate(p: Progress) -> str:
    elapsed = time.monotonic() - p.started
    return f"{p.done_this_run / elapsed:.1f}/s" if elapsed > 0 else "-"


@click.command("batch")
@click.argument("dir_or_list")
@click.option(
    "--concurrency",
    "-n",
    type=click.IntRange(1, 1000),
    default=20,
    show_default=True,
    help="Items in flight at once (submitted and not yet fetched).",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("symbl-results"),
    show_default=True,
    help="Folder for the results: one JSON file per conversation.",
)
@click.option(
    "--state",
    "state_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="SQLite state file that makes the batch resumable [default: OUT/batch-state.sqlite].",
)
@click.option(
    "--retry-unknown",
    is_flag=True,
    help="Resubmit items whose earlier submission has an unknown outcome and was not found on the server.",
)
@click.option("--job-timeout", type=float, default=None, help="Stop waiting for one job after this many seconds.")
@client_options
def batch(
    dir_or_list: str,
    concurrency: int,
    out_dir: Path,
    state_file: Path | None,
    retry_unknown: bool,
    job_timeout: float | None,
    base_url: str | None,
    environment: str | None,
) -> None:
    """Process every recording and transcript of a folder (or of a list file, one path or URL a line).

    The kind comes from the suffix: .txt/.json text, .wav/.mp3/.m4a/... audio, .mp4/.mov/...
    video. Progress and ids live in the --state file, written before and after each
    submission: run the same command again after a crash or Ctrl-C and it submits nothing
    twice, polls what was in flight, retries what failed, and looks up submissions whose
    outcome is unknown (listed at the end if not found). Results: OUT/CONVERSATION_ID.json.

    \b
    Examples:
      symbl batch recordings/ --concurrency 20 --out results/
      symbl batch urls.txt --state urls.sqlite --out results/
      symbl batch recordings/ --out results/ --retry-unknown     # after checking the listed items
    """
    state_path = state_file or out_dir / "batch-state.sqlite"
    try:
        state = BatchState(state_path)
    except StateBusyError as error:
        raise Failure(str(error), INCOMPLETE) from error
    try:
        added = state.add(collect(dir_or_list))
        err().print(f"batch: {added} new item(s); state {state_path}, results in {out_dir}/")
        client = make_async_client(base_url, environment, max_concurrency=concurrency * 2)
        final = asyncio.run(_run(client, state, out_dir, concurrency, retry_unknown, job_timeout))
        _report(state, final)
    finally:
        state.close()


async def _run(
    client: AsyncSymbl,
    state: BatchState,
    out_dir: Path,
    concurrency: int,
    retry_unknown: bool,
    job_timeout: float | None,
) -> Progress:
    with Display(
        TextColumn("[bold]batch"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("running {task.fields[running]}  failed {task.fields[failed]}  unknown {task.fields[unknown]}"),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=err(),
    ) as display:
        task = display.add_task("batch", total=None, running=0, failed=0, unknown=0, rate="-")

        def show(p: Progress) -> None:
            display.update(
                task,
                total=p.total,
                completed=p.done,
                running=p.running,
                failed=p.failed,
                unknown=p.unknown,
                rate=_rate(p),
            )

        async with client:
            runner = BatchRunner(
                client,
                state,
                out_dir,
                concurrency=concurrency,
                retry_unknown=retry_unknown,
                job_timeout=job_timeout,
                on_progress=show,
            )
            try:
                return await runner.run()
            except BatchAborted as error:
                raise Failure(f"batch stopped: {error}", 1) from error


def _report(state: BatchState, p: Progress) -> None:
    err().print(
        f"batch: {p.done}/{p.total} done ({p.done_this_run} this run, {_rate(p)}), {p.running} running, "
        f"{p.failed} failed, {p.unknown} unknown"
    )
    for item in state.items("failed"):
        click.echo(f"failed\t{item.source.location}\t{item.error}")
    for item in state.items("submitted"):
        click.echo(f"running\t{item.source.location}\tjob {item.job_id} conversation {item.conversation_id}")
    for item in state.items("unknown"):
        click.echo(f"unknown\t{item.source.location}\t{item.name}: {item.error}")
    if p.failed:
        raise Failure(f"{p.failed} item(s) failed; run the same command again to retry them", JOB_FAILED)
    if p.running or p.unknown or p.pending:
        raise Failure(
            f"{p.running} item(s) still running, {p.pending} not submitted, {p.unknown} of unknown outcome;"
            " run the same command again"
            + (" (add --retry-unknown to resubmit the unknown ones)" if p.unknown else ""),
            INCOMPLETE,
        )
