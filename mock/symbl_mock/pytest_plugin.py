"""pytest fixtures for testing an application against the mock Symbl API, offline.

Installed with `pip install 'acme-symbl-api-client[mock]'`; pytest loads it by itself (entry
point `pytest11`). Fixtures:

- `symbl_mock_settings`: the `MockSettings` the mock starts with (jobs take 0.2 s). Override it
  in your conftest.py to change timing, add apps, inject faults.
- `symbl_mock`: a mock served on 127.0.0.1 (a free port) for the test: `.url`, `.app_id`,
  `.app_secret`, `.settings`, and `.core` for the mock's state.
- `symbl_client`: a `symbl_api.Symbl` client logged in to that mock, closed after the test.

```python
def test_my_app_summarises(symbl_client):
    job = symbl_client.process.submit_text(body=...)
    conversation = job.result(timeout=10)
```

Importing this module costs nothing: the mock and its dependencies load only when a fixture
is used, so installing the client without the extra never breaks a test run.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ._server import RunningMock
    from ._settings import MockSettings

MISSING = "the symbl_mock fixtures need the mock's dependencies: pip install 'acme-symbl-api-client[mock]' ({error})"


@dataclass
class ServedMock:
    """A running mock for one test."""

    url: str
    settings: MockSettings
    running: RunningMock

    @property
    def app_id(self) -> str:
        return self.settings.app_id

    @property
    def app_secret(self) -> str:
        return self.settings.app_secret

    @property
    def core(self) -> Any:
        return self.running.core


@pytest.fixture
def symbl_mock_settings() -> MockSettings:
    """Settings of the mock the `symbl_mock` fixture serves; override to change them."""
    try:
        from ._settings import MockSettings
    except ImportError as exc:  # pragma: no cover - depends on what is installed
        pytest.fail(MISSING.format(error=exc), pytrace=False)
    return MockSettings(job_seconds=0.2)


@pytest.fixture
def symbl_mock(symbl_mock_settings: MockSettings) -> Iterator[ServedMock]:
    """The mock Symbl API on 127.0.0.1 (a free port), for the duration of one test."""
    try:
        from ._server import running_mock
    except ImportError as exc:  # pragma: no cover - depends on what is installed
        pytest.fail(MISSING.format(error=exc), pytrace=False)
    with running_mock(symbl_mock_settings) as running:
        yield ServedMock(url=running.url, settings=symbl_mock_settings, running=running)


@pytest.fixture
def symbl_client(symbl_mock: ServedMock) -> Iterator[Any]:
    """A `symbl_api.Symbl` client with the mock's credentials, pointed at `symbl_mock`."""
    from symbl_api import Symbl

    with Symbl(base_url=symbl_mock.url, app_id=symbl_mock.app_id, app_secret=symbl_mock.app_secret) as client:
        yield client
