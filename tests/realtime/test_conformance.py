"""A small budget of the real-time conformance run on every `make test` (the full one is in
`make conformance`)."""

from __future__ import annotations

from symbl_mock import RunningMock

from .conformance import property_test, realtime_spec


def test_generated_client_frames_never_break_the_mock(mock: RunningMock, ws_url: str, token: str) -> None:
    mock.core.problems.clear()
    property_test(realtime_spec(), ws_url, token, examples=40, run_seed=7, problems=mock.core.problems)()
