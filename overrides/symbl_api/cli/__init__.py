"""`symbl`: the command line of the Symbl API client (`pip install 'acme-symbl-api-client[cli]'`).

Credentials and server come from the library's variables (SYMBL_APP_ID, SYMBL_APP_SECRET or
SYMBL_ACCESS_TOKEN, SYMBL_BASE_URL); nothing secret is taken on the command line or printed.
"""

from __future__ import annotations

import os
from typing import Any

import click

from ._batch import batch
from ._common import EXIT_CODES_HELP, reported
from ._conversations import conversations
from ._mock import mock
from ._process import job, process
from ._stream import stream

__all__ = ["cli", "main"]


class _Root(click.Group):
    """Runs every command inside `reported`: one-line errors, exit codes, tracebacks with --debug."""

    def invoke(self, ctx: click.Context) -> Any:
        with reported(bool(ctx.params.get("debug"))):
            return super().invoke(ctx)


@click.group(cls=_Root, epilog=EXIT_CODES_HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show full tracebacks and log requests (secrets redacted).")
@click.version_option(package_name="acme-symbl-api-client", prog_name="symbl")
def cli(debug: bool) -> None:
    """Process conversations with Symbl and read the results.

    Credentials: SYMBL_APP_ID and SYMBL_APP_SECRET (or SYMBL_ACCESS_TOKEN). Server:
    SYMBL_BASE_URL or --base-url / --environment on each command.

    \b
    Examples:
      symbl process audio call.wav --wait
      symbl conversations messages CONVERSATION_ID --format json
      symbl batch recordings/ --concurrency 20 --out results/
      symbl stream call.wav
      symbl mock --port 8700
    """
    if debug:
        os.environ.setdefault("SYMBL_LOG", "debug")  # read when the client is made; headers redacted


for _command in (process, job, stream, conversations, batch, mock):
    cli.add_command(_command)


def main() -> None:
    cli(prog_name="symbl")
