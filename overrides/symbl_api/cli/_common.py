"""What every command shares: the client from the library's variables, exit codes, one-line errors."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn, TypeVar

import click
import httpx
from rich.console import Console

from .._client import AsyncSymbl, Symbl
from .._errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    InvalidArgumentError,
    JobFailedError,
    JobTimeoutError,
    SymblError,
)

# Exit codes scripts can rely on (also listed in `symbl --help`).
OK = 0
ERROR = 1  # the API answered with an error, or could not be reached
USAGE = 2  # a bad argument, file or configuration (click uses 2 for usage errors too)
JOB_FAILED = 3  # a job failed (process/job), or a batch finished with failed items
INCOMPLETE = 4  # a job is still running, or a batch left items running or with an unknown outcome
INTERRUPTED = 130  # Ctrl-C

EXIT_CODES_HELP = (
    "Exit codes: 0 success; 1 API or connection error; 2 bad argument, file or configuration; "
    "3 job failed (batch: some items failed); 4 not finished (job still running, or batch items "
    "running or of unknown outcome); 130 interrupted."
)


def err() -> Console:
    """The console on stderr, made when used so that it sees the current terminal and COLUMNS."""
    return Console(stderr=True, highlight=False, soft_wrap=True)


def out() -> Console:
    """The console on stdout (tables); plain values for scripts go through click.echo."""
    return Console(highlight=False)


T = TypeVar("T")


class Failure(Exception):
    """A failure already phrased for the user, with its exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def client_options(f: Callable[..., T]) -> Callable[..., T]:
    """--base-url and --environment; credentials only from the environment, never from argv."""
    f = click.option(
        "--environment",
        type=click.Choice(["production", "labs", "mock"]),
        default=None,
        help="Named server when SYMBL_BASE_URL is not set (default production).",
    )(f)
    return click.option("--base-url", envvar="SYMBL_BASE_URL", default=None, help="Server URL [env: SYMBL_BASE_URL].")(
        f
    )


def make_client(base_url: str | None, environment: str | None, **kwargs: Any) -> Symbl:
    return Symbl(base_url=base_url, environment=environment, **kwargs)


def make_async_client(base_url: str | None, environment: str | None, **kwargs: Any) -> AsyncSymbl:
    return AsyncSymbl(base_url=base_url, environment=environment, **kwargs)


def job_failure(error: JobFailedError) -> str:
    """`job ID failed: REASON`, without the library's advice on resuming from Python."""
    return f"job {error.job_id} failed" + (f": {error.reason}" if error.reason else "")


def describe(error: BaseException) -> tuple[str, int]:
    """One readable line and the exit code for an error (no secrets: messages never hold them)."""
    if isinstance(error, Failure):
        return str(error), error.code
    if isinstance(error, InvalidArgumentError):
        return f"invalid {error}", USAGE
    if isinstance(error, AuthenticationError):
        return (
            f"{error.message.rstrip('.')}. Check SYMBL_APP_ID and SYMBL_APP_SECRET (or SYMBL_ACCESS_TOKEN) and the server",
            ERROR,
        )
    if isinstance(error, APIStatusError):
        return error.message, ERROR
    if isinstance(error, APIConnectionError):
        return f"{error.message.rstrip('.')}. Is the server URL right (SYMBL_BASE_URL, --base-url)?", ERROR
    if isinstance(error, JobFailedError):
        return job_failure(error), JOB_FAILED
    if isinstance(error, JobTimeoutError):
        return str(error), INCOMPLETE
    if isinstance(error, SymblError):
        # Configuration problems (no credentials, unknown environment) are the user's to fix.
        return str(error), USAGE
    if isinstance(error, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return f"invalid server URL: {error}", USAGE
    if isinstance(error, OSError):
        return f"{error.strerror or error}: {error.filename}" if error.filename else str(error), ERROR
    return f"unexpected {type(error).__name__}: {error} (rerun with --debug for the traceback)", ERROR


@contextmanager
def reported(debug: bool) -> Iterator[None]:
    """Turn any error into one line on stderr and an exit code; the traceback only with --debug."""
    try:
        yield
    except (click.exceptions.Exit, click.ClickException, click.Abort):
        raise
    except KeyboardInterrupt:
        err().print("interrupted")
        sys.exit(INTERRUPTED)
    except BrokenPipeError:
        # The reader went away (`| head`): not an error; keep Python from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(OK)
    except Exception as error:
        if debug:
            err().print_exception()
        message, code = describe(error)
        err().print(f"error: {message}", markup=False)
        sys.exit(code)


def fail(message: str, code: int = USAGE) -> NoReturn:
    raise Failure(message, code)
