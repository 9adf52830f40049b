"""A stateful mock of the Symbl.ai REST API, driven by the project's OpenAPI spec.

`create_app(settings)` returns the ASGI application (for httpx.ASGITransport or schemathesis
in-process); `running_mock(settings, port)` serves it on 127.0.0.1 in a background thread;
`python -m symbl_mock --port 8700` serves it in the foreground. `MockSettings.from_env()` reads
SYMBL_APP_ID / SYMBL_APP_SECRET (defaults `mock-app-id` / `mock-app-secret`),
SYMBL_MOCK_JOB_SECONDS, SYMBL_MOCK_TOKEN_SECONDS, SYMBL_MOCK_MAX_JOBS and SYMBL_MOCK_FAULTS.

Jobs fail on purpose when a text message contains `FAIL_JOB`, a media URL contains `fail`, or
an uploaded file's bytes contain `FAIL_JOB`.
"""

from ._app import create_app
from ._jobs import FAIL_MARKER
from ._server import RunningMock, running_mock
from ._settings import DEFAULT_APP_ID, DEFAULT_APP_SECRET, FaultSettings, MockSettings, SettingsError

__all__ = [
    "DEFAULT_APP_ID",
    "DEFAULT_APP_SECRET",
    "FAIL_MARKER",
    "FaultSettings",
    "MockSettings",
    "RunningMock",
    "SettingsError",
    "create_app",
    "running_mock",
]
