"""The public API: one function per stage, every name resolves and is documented, its
docstring's session runs, and importing stays light."""

from __future__ import annotations

import datetime as dt
import doctest
import subprocess
import sys
from pathlib import Path

import pytest

import followup_batch as fb

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", [n for n in fb.__all__ if n != "__version__"])
def test_exported_names_resolve_and_have_docstrings(name: str) -> None:
    value = getattr(fb, name)
    assert value.__doc__, f"{name} has no docstring"


def test_importing_the_package_does_not_load_pandas() -> None:
    """The CLI imports the package first; heavy modules load only when a command needs them."""
    code = (
        "import sys, followup_batch.cli; print('pandas' in sys.modules, 'openpyxl' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


def test_the_documented_flow_runs() -> None:
    config = fb.load_config(None)
    options = config.reading
    (table,) = fb.read_trackers(ROOT / "sample_data" / "tracker.csv", options)
    frame = fb.normalise_rows(table, options)
    schedule = fb.schedule_rows(frame, config.rules, dt.date(2026, 11, 20))
    result, why = schedule.result, schedule.explain()
    assert len(frame) == len(result) == len(why) == 43
    assert set(result["status"]) >= {"Overdue", "Due today", "Due soon", "Closed"}


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        fb.nope  # noqa: B018


def test_the_api_is_one_function_per_stage() -> None:
    assert set(fb.__all__) == {"__version__", *fb._EXPORTS}
    assert sorted(fb._EXPORTS) == sorted(
        [
            "Config",
            "load_config",
            "find_trackers",
            "read_trackers",
            "normalise_rows",
            "schedule_rows",
            "load_templates",
            "render_drafts",
            "write_results",
            "OWNED_COLUMNS",  # the columns write_results takes, keys and their headers
            "RunOptions",
            "process_file",
            "FollowupError",
            # What the functions give back, to annotate with, and the errors they raise.
            "RawTable",
            "Schedule",
            "Drafts",
            "SheetReport",
            "WrongArgument",
            "BadDate",
            "NotNormalised",
        ]
    )


def test_the_docstring_session_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # it reads sample_data/tracker.csv, as from a checkout
    result = doctest.testmod(fb, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 10
    assert result.failed == 0
