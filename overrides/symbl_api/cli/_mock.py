"""`symbl mock`: start the mock Symbl API where it is installed."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys

import click

from ._common import Failure


@click.command("mock", context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def mock(args: tuple[str, ...]) -> None:
    """Serve the mock Symbl API on 127.0.0.1 (arguments go to the mock, e.g. --port 8700).

    Needs the mock (symbl_mock) installed or on PYTHONPATH. Point the other commands at it with
    SYMBL_BASE_URL=http://127.0.0.1:8700 (credentials mock-app-id / mock-app-secret).

    \b
    Examples:
      symbl mock --port 8700
      SYMBL_MOCK_JOB_SECONDS=0.5 symbl mock --port 8700
    """
    script = shutil.which("symbl-mock")
    if script is not None:
        os.execv(script, [script, *args])
    if importlib.util.find_spec("symbl_mock") is None:
        raise Failure("the mock is not installed: install symbl_mock (or run `make mock` in the repository)", 2)
    os.execv(sys.executable, [sys.executable, "-m", "symbl_mock", *args])
