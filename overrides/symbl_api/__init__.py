"""Typed client for the Symbl.ai REST API v1.

from symbl_api import Symbl

with Symbl() as client:  # SYMBL_APP_ID / SYMBL_APP_SECRET from the environment
    job = client.process.submit_text(body=models.TextProcessRequest(...))
    conversation = job.result()
    print(conversation.get_topics())
"""

import importlib

from _symbl_api_generated._meta import GENERATOR, SPEC_SHA256, SPEC_VERSION, __version__
from _symbl_api_generated.types import UNSET, File, Response, Unset

from . import models
from ._client import AsyncSymbl, Symbl
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ConnectionOutcomeUnknownError,
    InternalServerError,
    InvalidArgumentError,
    JobError,
    JobFailedError,
    JobTimeoutError,
    NotFoundError,
    OutcomeUnknownError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    ServerOutcomeUnknownError,
    SymblError,
    TimeoutOutcomeUnknownError,
    UnprocessableEntityError,
)
from ._pagination import AsyncPager, RepeatedPageError, SyncPager
from ._polling import AsyncJobPoller, JobPoller, PollPolicy, print_progress
from ._retry import RetryPolicy


def __getattr__(name: str) -> object:
    """`symbl_api.streaming` loads on first use: websockets and the real-time table cost import time."""
    if name == "streaming":
        return importlib.import_module(".streaming", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "GENERATOR",
    "SPEC_SHA256",
    "SPEC_VERSION",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncJobPoller",
    "AsyncPager",
    "AsyncSymbl",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ConnectionOutcomeUnknownError",
    "File",
    "InternalServerError",
    "InvalidArgumentError",
    "JobError",
    "JobFailedError",
    "JobPoller",
    "JobTimeoutError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "PollPolicy",
    "RateLimitError",
    "RepeatedPageError",
    "Response",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerOutcomeUnknownError",
    "Symbl",
    "SymblError",
    "SyncPager",
    "TimeoutOutcomeUnknownError",
    "UnprocessableEntityError",
    "Unset",
    "__version__",
    "models",
    "print_progress",
]
