"""Shared fixtures: keep this small; module-specific helpers live in their test files."""

from __future__ import annotations

import datetime
import os
import signal
from collections.abc import Callable, Iterator

import pandas as pd
import pytest
from hypothesis import HealthCheck, settings

from followup_batch.write.columns import OWNED_COLUMNS, OWNED_DATE_COLUMNS

# Property tests draw the same examples on every run, so CI never goes red on an example
# found by chance; HYPOTHESIS_PROFILE=explore searches with fresh random ones (and more).
# No time limits: an example's speed is no property (a first holiday table of 1700 takes a
# second on a busy machine, and a deadline or a too-slow check would fail it there).
UNTIMED = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("deterministic", derandomize=True, **UNTIMED)
settings.register_profile("explore", derandomize=False, max_examples=1_000, **UNTIMED)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

# A pytest-xdist worker ignores Ctrl+C (its controller stops it), and the processes a test
# starts would inherit that: the tests of how a run meets Ctrl+C need Python's own handler.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def _python_handles_ctrl_c() -> None:
    """Each test starts with Python's own Ctrl+C handler, whatever a test before it in the
    same worker left (a CI run had SIGINT ignored when the lock's stop tests began, an order of
    tests that had not happened before: their Ctrl-C never came)."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


ResultsFactory = Callable[[dict[int, dict[str, object]]], pd.DataFrame]


@pytest.fixture(autouse=True, scope="session")
def _nights_noted_aside(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The notes of nights that wrote nothing (``same_night``) go to the session's own
    folder, never the user's cache (a test of the folder itself sets its own)."""
    from followup_batch.memory.same_night import CACHE_ENV

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CACHE_ENV, str(tmp_path_factory.mktemp("user-cache")))
        yield


@pytest.fixture
def make_results() -> ResultsFactory:
    """Build a results frame (the writer's input) from {Excel row: {output key: value}}.

    Unset text outputs are '' and unset dates NaT, as the rules produce them.
    """

    def build(rows: dict[int, dict[str, object]]) -> pd.DataFrame:
        columns: dict[str, list[object]] = {key: [] for key in OWNED_COLUMNS}
        for values in rows.values():
            for key in OWNED_COLUMNS:
                default: object = pd.NaT if key in OWNED_DATE_COLUMNS else ""
                value = values.get(key, default)
                if isinstance(value, datetime.date):
                    value = pd.Timestamp(value)
                columns[key].append(value)
        frame = pd.DataFrame(columns, index=pd.Index(list(rows), name="row"))
        for key in OWNED_DATE_COLUMNS:
            frame[key] = pd.to_datetime(frame[key]).astype("datetime64[ns]")
        for key in set(OWNED_COLUMNS) - set(OWNED_DATE_COLUMNS):
            frame[key] = frame[key].astype(str)
        return frame

    return build
