"""A stateful mock of the Symbl.ai REST API, driven by the project's OpenAPI spec.

`create_app(settings)` returns the ASGI application (for httpx.ASGITransport or schemathesis
in-process); `running_mock(settings, port)` serves it on 127.0.0.1 in a background thread;
`symbl-mock --port 8700` (or `python -m symbl_mock`) serves it in the foreground; the pytest
plugin (`symbl_mock.pytest_plugin`) gives tests a running mock and a ready client.
`MockSettings.from_env()` reads the SYMBL_APP_ID / SYMBL_APP_SECRET / SYMBL_MOCK_* variables
(see mock/README.md).

Jobs fail on purpose when a text message contains `FAIL_JOB`, a media URL contains `fail`, or
an uploaded file's bytes contain `FAIL_JOB`.

Names are imported on first use, so importing the package (as pytest does for the plugin)
needs none of the mock's dependencies.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import create_app
    from ._jobs import FAIL_MARKER
    from ._server import RunningMock, running_mock
    from ._settings import DEFAULT_APP_ID, DEFAULT_APP_SECRET, FaultSettings, MockSettings, SettingsError

_HOMES = {
    "create_app": "._app",
    "FAIL_MARKER": "._jobs",
    "RunningMock": "._server",
    "running_mock": "._server",
    "DEFAULT_APP_ID": "._settings",
    "DEFAULT_APP_SECRET": "._settings",
    "FaultSettings": "._settings",
    "MockSettings": "._settings",
    "SettingsError": "._settings",
}

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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'symbl_mock' has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value
    return value
